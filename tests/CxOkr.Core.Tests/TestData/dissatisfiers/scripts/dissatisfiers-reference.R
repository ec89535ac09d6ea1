# Reference values for tests/CxOkr.Core.Tests/Drivers/DissatisfierReferenceTests.cs.
# Run from TestData/dissatisfiers: Rscript scripts/dissatisfiers-reference.R  (writes ratings.csv and dissatisfiers.json)
set.seed(14)
n <- 700; q <- 10
latent <- rnorm(n)
X <- sapply(1:q, function(j) pmin(10, pmax(0, round(7 + 1.6 * (0.5 * latent + rnorm(n)) + (j %% 3 - 1) * 0.6))))
colnames(X) <- c("ease", "speed", "price", "staff", "app", "billing", "delivery", "returns", "range", "trust")
# Outcome: basic needs hurt when failing, delighters help when excelling.
y <- 7.2 - 1.1 * (X[, "ease"] <= 6) - 0.9 * (X[, "billing"] <= 6) + 0.8 * (X[, "app"] >= 9) + 0.6 * (X[, "staff"] >= 9) -
     0.5 * (X[, "speed"] <= 6) + 0.5 * (X[, "speed"] >= 9) + 0.4 * latent + rnorm(n, 0, 1.3)
y <- pmin(10, pmax(0, round(y)))
w <- round(runif(n, 0.3, 2.5), 3)
d <- data.frame(nps = y, X, weight = w)
d$ease[sample(n, 12)] <- NA; d$nps[sample(n, 7)] <- NA; d$trust[sample(n, 9)] <- NA
write.csv(d, "ratings.csv", row.names = FALSE, na = "", quote = FALSE)

num <- function(x) if (is.null(x) || is.na(x)) "null" else sprintf("%.17g", x)
# Exact Shapley value by enumeration of all subsets S of the other drivers, straight from the definition.
subsets <- function(x, s) if (length(x) == 1) list(x) else combn(x, s, simplify = FALSE)
shapley <- function(v, q) sapply(1:q, function(j) {
  others <- setdiff(1:q, j)
  total <- (v(j) - v(integer(0))) * factorial(q - 1) / factorial(q)
  for (s in seq_along(others)) {
    for (S in subsets(others, s)) {
      total <- total + factorial(s) * factorial(q - s - 1) / factorial(q) * (v(c(S, j)) - v(S))
    }
  }
  total
})
# Reach-noise game: v(S) = 100 (weighted share of the target group failing on any of S - same share among the rest).
game <- function(hit, target, w) function(S) {
  if (length(S) == 0) return(0)
  any <- apply(hit[, S, drop = FALSE], 1, any)
  100 * (sum(w[target & any]) / sum(w[target]) - sum(w[!target & any]) / sum(w[!target]))
}
case <- function(name, drivers, weighted, low, high, olow, ohigh) {
  dd <- d[complete.cases(d[, c("nps", drivers)]), ]
  wt <- if (weighted) dd$weight else rep(1, nrow(dd))
  Xs <- as.matrix(dd[, drivers]); k <- length(drivers)
  ds <- shapley(game(Xs <= low, dd$nps <= olow, wt), k)
  ss <- shapley(game(Xs >= high, dd$nps >= ohigh, wt), k)
  dummies <- do.call(cbind, lapply(1:k, function(j) cbind(as.numeric(Xs[, j] <= low), as.numeric(Xs[, j] >= high))))
  colnames(dummies) <- as.vector(rbind(paste0("f_", drivers), paste0("d_", drivers)))
  fit <- if (weighted) lm(dd$nps ~ dummies, weights = wt) else lm(dd$nps ~ dummies)
  co <- summary(fit)$coefficients
  get <- function(nm, col) { r <- paste0("dummies", nm); if (r %in% rownames(co)) co[r, col] else NA }
  items <- sapply(1:k, function(j) sprintf(
    "{\"name\": \"%s\", \"dissatisfierShapley\": %s, \"dissatisfierShare\": %s, \"satisfierShapley\": %s, \"satisfierShare\": %s, \"penalty\": %s, \"penaltyP\": %s, \"reward\": %s, \"rewardP\": %s}",
    drivers[j], num(ds[j]), num(ds[j] / sum(ds)), num(ss[j]), num(ss[j] / sum(ss)),
    num(get(paste0("f_", drivers[j]), 1)), num(get(paste0("f_", drivers[j]), 4)),
    num(get(paste0("d_", drivers[j]), 1)), num(get(paste0("d_", drivers[j]), 4))))
  sprintf("\"%s\": {\"drivers\": [%s], \"weighted\": %s, \"low\": %s, \"high\": %s, \"outcomeLow\": %s, \"outcomeHigh\": %s, \"nUsed\": %d, \"vAllDissatisfier\": %s, \"vAllSatisfier\": %s, \"results\": [\n    %s]}",
    name, paste0("\"", drivers, "\"", collapse = ", "), tolower(weighted), num(low), num(high), num(olow), num(ohigh), nrow(dd),
    num(game(Xs <= low, dd$nps <= olow, wt)(1:k)), num(game(Xs >= high, dd$nps >= ohigh, wt)(1:k)), paste(items, collapse = ",\n    "))
}
out <- c(case("five", colnames(X)[1:5], FALSE, 6, 9, 6, 9),
         case("tenWeighted", colnames(X), TRUE, 6, 9, 6, 9),
         case("fiveOtherCutoffs", colnames(X)[c(1, 2, 5, 6, 10)], FALSE, 5, 8, 5, 8))
writeLines(paste0("{\n  ", paste(out, collapse = ",\n  "), "\n}"), "dissatisfiers.json")
