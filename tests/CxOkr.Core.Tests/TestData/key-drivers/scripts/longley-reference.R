library(car)
d <- read.csv("longley.csv")
y <- names(d)[1]; xs <- names(d)[-1]; p <- length(xs)
m <- lm(reformulate(xs, y), data = d); s <- summary(m); cf <- coef(s)
r2 <- function(set) if (length(set) == 0) 0 else summary(lm(reformulate(set, y), data = d))$r.squared
# LMG by its definition: weighted average of R^2 gains over all subsets (lm refit for each subset)
lmg <- sapply(xs, function(j) { others <- setdiff(xs, j); tot <- 0
  for (k in 0:(p-1)) { sets <- if (k == 0) list(character(0)) else combn(others, k, simplify = FALSE)
    w <- factorial(k) * factorial(p - k - 1) / factorial(p)
    for (S in sets) tot <- tot + w * (r2(c(S, j)) - r2(S)) }
  tot })
R <- cor(d); Rxx <- R[xs, xs]; rxy <- R[xs, y]
beta <- solve(Rxx, rxy)
e <- eigen(Rxx, symmetric = TRUE)
half <- e$vectors %*% diag(sqrt(e$values)) %*% t(e$vectors)
ihalf <- e$vectors %*% diag(1 / sqrt(e$values)) %*% t(e$vectors)
omega <- as.vector(ihalf %*% rxy)
rw <- as.vector((half^2) %*% (omega^2))
last <- sapply(xs, function(j) s$r.squared - r2(setdiff(xs, j)))
v <- vif(m)
f <- function(x) formatC(x, digits = 17, format = "g")
cat('{\n  "case": "longley", "outcome": "y", "weight": null,\n')
cat(sprintf('  "nUsed": %d, "rSquared": %s, "adjustedRSquared": %s, "fStatistic": %s, "intercept": %s,\n',
  nrow(d), f(s$r.squared), f(s$adj.r.squared), f(s$fstatistic[1]), f(cf[1, 1])))
cat('  "drivers": [\n')
rows <- sapply(seq_len(p), function(i) { j <- xs[i]
  sprintf('    {"name": "%s", "coefficient": %s, "standardError": %s, "t": %s, "p": %s, "correlation": %s, "vif": %s, "shapley": %s, "first": %s, "last": %s, "betaSquared": %s, "pratt": %s, "genizi": %s, "car": %s, "relativeWeight": %s}',
    j, f(cf[j, 1]), f(cf[j, 2]), f(cf[j, 3]), f(cf[j, 4]), f(rxy[j]), f(v[j]), f(lmg[j]), f(rxy[j]^2), f(last[j]),
    f(beta[j]^2), f(beta[j] * rxy[j]), f(rw[i]), f(omega[i]^2), f(rw[i])) })
cat(paste(rows, collapse = ",\n")); cat('\n  ]\n}\n')
