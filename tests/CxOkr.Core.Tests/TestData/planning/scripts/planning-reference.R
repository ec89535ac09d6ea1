# Reference values for tests/CxOkr.Core.Tests/Measures/PlanningReferenceTests.cs.
# Run from TestData/planning: Rscript scripts/planning-reference.R  (writes planning.json)
num <- function(x) if (is.null(x) || is.na(x)) "null" else sprintf("%.17g", x)
variance <- function(metric, a, b) switch(metric,
  nps = 1e4 * (a + b - (a - b)^2), proportion = 1e4 * a * (1 - a), topBox = 1e4 * a * (1 - a), mean = a^2)
# Cochran (1977): n0 = z^2 V DEFF / M^2; with a population N, n0 / (1 + (n0 - 1) / N); ceiling.
required <- function(v, m, conf, pop, deff) {
  z <- qnorm(1 - (1 - conf) / 2); n0 <- z^2 * v * deff / m^2
  ceiling(if (is.na(pop)) n0 else n0 / (1 + (n0 - 1) / pop))
}
margin <- function(v, n, conf, pop, deff) {
  z <- qnorm(1 - (1 - conf) / 2); e <- z * sqrt(v * deff / n)
  if (is.na(pop)) e else e * sqrt((pop - n) / (pop - 1))
}
detectable <- function(v, n, conf, deff) qnorm(1 - (1 - conf) / 2) * sqrt(2 * v * deff / n)
cases <- list(
  list("nps", 0.45, 0.2, 5, NA, 0.95, NA, 1), list("nps", 0.45, 0.2, 3, NA, 0.9, 20000, 1.3),
  list("nps", 0.3, 0.3, NA, 400, 0.95, NA, 1), list("nps", 0.6, 0.1, NA, 150, 0.99, 900, 1.5),
  list("proportion", 0.5, NA, 3, NA, 0.95, NA, 1), list("topBox", 0.72, NA, 2, 5000, 0.95, NA, 1),
  list("proportion", 0.1, NA, NA, 1200, 0.8, 3000, 1.2), list("mean", 1.4, NA, 0.1, NA, 0.95, NA, 1),
  list("mean", 12.5, NA, NA, 60, 0.95, 800, 2), list("mean", 0.9, NA, 0.05, 1000, 0.999, NA, 1.1))
items <- sapply(cases, function(c) {
  v <- variance(c[[1]], c[[2]], c[[3]])
  req <- if (is.na(c[[4]])) NA else required(v, c[[4]], c[[6]], c[[7]], c[[8]])
  mar <- if (is.na(c[[5]])) NA else margin(v, c[[5]], c[[6]], c[[7]], c[[8]])
  det <- detectable(v, if (is.na(c[[5]])) 250 else c[[5]], c[[6]], c[[8]])
  sprintf("{\"metric\": \"%s\", \"a\": %s, \"b\": %s, \"margin\": %s, \"n\": %s, \"confidence\": %s, \"population\": %s, \"designEffect\": %s, \"variance\": %s, \"requiredN\": %s, \"marginOfN\": %s, \"detectableChange\": %s, \"detectableN\": %s}",
    c[[1]], num(c[[2]]), num(c[[3]]), num(c[[4]]), num(c[[5]]), num(c[[6]]), num(c[[7]]), num(c[[8]]), num(v), num(req), num(mar), num(det), num(if (is.na(c[[5]])) 250 else c[[5]]))
})
writeLines(paste0("{\"cases\": [\n  ", paste(items, collapse = ",\n  "), "\n]}"), "planning.json")
