# Reference values for the tier-linkage analysis of linkage.csv (see ../PROVENANCE.md).
# Run from TestData/linkage: Rscript scripts/linkage-reference.R
suppressMessages(library(lavaan))
d <- read.csv("linkage.csv")
num <- function(x) formatC(x, digits = 17, format = "g")
target <- "nps"
eqs <- list(
  onboarding_sat = c("app_rating", "field_ces"),
  support_sat = c("chat_csat", "hold_time", "agent_knowledge", "onboarding_sat"),
  nps = c("support_sat", "onboarding_sat", "agent_knowledge"))
vars <- c("chat_csat", "hold_time", "agent_knowledge", "app_rating", "field_ces", "onboarding_sat", "support_sat", "nps")

fit_eq <- function(data, y, xs, w) {
  cols <- c(y, xs, if (!is.null(w)) w)
  ok <- complete.cases(data[, cols])
  f <- as.formula(paste(y, "~", paste(xs, collapse = " + ")))
  m <- if (is.null(w)) lm(f, data = data[ok, ]) else lm(f, data = data[ok, ], weights = data[ok, w])
  m
}

coef_matrix <- function(fits) {
  B <- matrix(0, length(vars), length(vars), dimnames = list(vars, vars))
  for (y in names(fits)) for (x in eqs[[y]]) B[y, x] <- coef(fits[[y]])[[x]]
  B
}

wsd <- function(x, w) {
  if (is.null(w)) { ok <- !is.na(x); return(sd(x[ok])) }
  ok <- !is.na(x) & !is.na(w)
  sqrt(cov.wt(matrix(x[ok]), wt = w[ok])$cov[1, 1])
}

effects <- function(data, w, fits) {
  B <- coef_matrix(fits)
  Tot <- solve(diag(length(vars)) - B) - diag(length(vars))
  wv <- if (is.null(w)) NULL else data[[w]]
  sdt <- wsd(data[[target]], wv)
  src <- setdiff(vars, target)
  total <- Tot[target, src]
  direct <- B[target, src]
  std <- sapply(src, function(s) total[[s]] * wsd(data[[s]], wv) / sdt)
  list(src = src, total = total, direct = direct, std = std)
}

write_case <- function(file, w, data = d) {
  fits <- lapply(names(eqs), function(y) fit_eq(data, y, eqs[[y]], w))
  names(fits) <- names(eqs)
  e <- effects(data, w, fits)
  out <- c("{", sprintf("\"target\": \"%s\", \"weight\": %s,", target, if (is.null(w)) "null" else sprintf("\"%s\"", w)), "\"equations\": [")
  eq_text <- sapply(names(eqs), function(y) {
    m <- fits[[y]]; s <- summary(m); co <- s$coefficients
    nUsed <- if (is.null(w)) nobs(m) else sum(weights(m) > 0)
    terms <- sapply(eqs[[y]], function(x) sprintf("{\"metricId\": \"%s\", \"coefficient\": %s, \"standardError\": %s, \"t\": %s, \"p\": %s}",
      x, num(co[x, 1]), num(co[x, 2]), num(co[x, 3]), num(co[x, 4])))
    sprintf("{\"metricId\": \"%s\", \"nUsed\": %d, \"rSquared\": %s, \"intercept\": %s, \"terms\": [%s]}",
      y, nUsed, num(s$r.squared), num(co["(Intercept)", 1]), paste(terms, collapse = ", "))
  })
  out <- c(out, paste(eq_text, collapse = ",\n"), "],", "\"effects\": [")
  ef_text <- sapply(e$src, function(s) sprintf("{\"metricId\": \"%s\", \"direct\": %s, \"indirect\": %s, \"total\": %s, \"standardizedTotal\": %s}",
    s, num(e$direct[[s]]), num(e$total[[s]] - e$direct[[s]]), num(e$total[[s]]), num(e$std[[s]])))
  out <- c(out, paste(ef_text, collapse = ",\n"), "]}")
  writeLines(out, file)
  invisible(e)
}

write_case("linkage-unweighted.json", NULL)
write_case("linkage-weighted.json", "weight")

# lavaan on a complete-data copy (every model column present): ML estimates of the recursive path model.
complete <- d[complete.cases(d[, vars]), c("respondent_id", "weight", vars)]
write.csv(complete, "linkage-complete.csv", row.names = FALSE, na = "", quote = FALSE)
model <- paste(sapply(names(eqs), function(y) paste(y, "~", paste(eqs[[y]], collapse = " + "))), collapse = "\n")
fit <- sem(model, data = complete, meanstructure = TRUE)
pe <- parameterEstimates(fit)
B <- matrix(0, length(vars), length(vars), dimnames = list(vars, vars))
for (i in which(pe$op == "~")) B[pe$lhs[i], pe$rhs[i]] <- pe$est[i]
Tot <- solve(diag(length(vars)) - B) - diag(length(vars))
reg <- pe[pe$op == "~", ]
lines <- c("{", sprintf("\"lavaanVersion\": \"%s\",", as.character(packageVersion("lavaan"))), sprintf("\"nUsed\": %d,", nrow(complete)), "\"coefficients\": [")
lines <- c(lines, paste(sprintf("{\"outcome\": \"%s\", \"predictor\": \"%s\", \"estimate\": %s}", reg$lhs, reg$rhs, num(reg$est)), collapse = ",\n"), "],", "\"totals\": [")
src <- setdiff(vars, target)
lines <- c(lines, paste(sprintf("{\"metricId\": \"%s\", \"total\": %s}", src, num(Tot[target, src])), collapse = ",\n"), "]}")
writeLines(lines, "linkage-lavaan.json")
# lm on the same complete copy, for the tolerance comparison in PROVENANCE.md
write_case("linkage-complete.json", NULL, complete)

# Bootstrap with the fixed indices: each replicate refits every equation on the resampled rows
# (lm on duplicated rows = weights times counts), then percentile and BCa intervals as the library defines
# them (R type-7 quantiles; z0 with half the ties; acceleration from the grouped jackknife that leaves out
# rows i with i mod G = g, 0-based, G = min(200, rows)).
idx <- as.matrix(read.csv("linkage-indices.csv", header = FALSE))
boot_case <- function(file, w, confidence = 0.9) {
  est <- write_case(tempfile(), w)
  stat <- function(data) {
    fits <- lapply(names(eqs), function(y) fit_eq(data, y, eqs[[y]], w)); names(fits) <- names(eqs)
    e <- effects(data, w, fits); c(e$total, e$std)
  }
  theta <- c(est$total, est$std)
  reps <- t(apply(idx, 1, function(r) stat(d[r + 1, ])))
  n <- nrow(d); G <- min(200, n)
  jack <- t(sapply(0:(G - 1), function(g) stat(d[((0:(n - 1)) %% G) != g, ])))
  alpha <- 1 - confidence
  q7 <- function(x, p) quantile(x, p, type = 7, names = FALSE)
  res <- sapply(seq_along(theta), function(k) {
    x <- sort(reps[, k]); B <- length(x)
    below <- sum(x < theta[k]) + 0.5 * sum(x == theta[k])
    prop <- min(max(below / B, 1 / (B + 1)), B / (B + 1))
    z0 <- qnorm(prop)
    jm <- mean(jack[, k]); dd <- jm - jack[, k]
    s2 <- sum(dd^2); s3 <- sum(dd^3)
    a <- if (s2 > 0) s3 / (6 * s2^1.5) else 0
    adj <- function(z) { den <- 1 - a * (z0 + z); if (den > 0) pnorm(z0 + (z0 + z) / den) else if (z < 0) 0 else 1 }
    zl <- qnorm(alpha / 2)
    c(theta[k], q7(x, alpha / 2), q7(x, 1 - alpha / 2), q7(x, adj(zl)), q7(x, adj(-zl)), sd(x))
  })
  src <- setdiff(vars, target); p <- length(src)
  one <- function(k) sprintf("{\"estimate\": %s, \"percentileLower\": %s, \"percentileUpper\": %s, \"bcaLower\": %s, \"bcaUpper\": %s, \"standardError\": %s}",
    num(res[1, k]), num(res[2, k]), num(res[3, k]), num(res[4, k]), num(res[5, k]), num(res[6, k]))
  items <- sapply(seq_len(p), function(j) sprintf("{\"metricId\": \"%s\", \"total\": %s, \"standardizedTotal\": %s}", src[j], one(j), one(p + j)))
  writeLines(c("{", sprintf("\"confidence\": %s, \"replicates\": %d, \"jackknifeGroups\": %d, \"weight\": %s,", num(confidence), nrow(idx), G, if (is.null(w)) "null" else sprintf("\"%s\"", w)),
               "\"effects\": [", paste(items, collapse = ",\n"), "]}"), file)
}
boot_case("linkage-bootstrap-unweighted.json", NULL)
boot_case("linkage-bootstrap-weighted.json", "weight")
