# Reference values for MetricCalculatorReferenceTests.cs, computed once with R 4.2.2
# (Rscript r-reference.R). The tests never run R: they hold the printed numbers.
options(digits = 15)
for (case in list(c(10, 100, 0.95), c(0, 20, 0.95), c(20, 20, 0.95), c(37, 52, 0.95),
                  c(1, 3, 0.95), c(450, 1000, 0.95), c(37, 52, 0.90), c(37, 52, 0.99))) {
  ci <- prop.test(case[1], case[2], correct = FALSE, conf.level = case[3])$conf.int
  cat(sprintf("prop %d %d %.2f -> %.12f %.12f\n", case[1], case[2], case[3], ci[1], ci[2]))
}
means <- list(a = c(1, 2, 3, 4, 5, 6, 7, 7, 6, 5),
              b = c(312.5, 280.1, 455.0, 198.7, 367.2, 401.9, 250.3),
              c = c(4, 5))
for (name in names(means)) for (conf in c(0.95, 0.90)) {
  t <- t.test(means[[name]], conf.level = conf)
  cat(sprintf("mean %s %.2f -> %.12f se %.12f ci %.12f %.12f\n", name, conf, t$estimate, t$stderr, t$conf.int[1], t$conf.int[2]))
}
median_ci <- function(x, conf) {
  n <- length(x); ks <- 1:ceiling(n / 2)
  ok <- ks[2 * pbinom(ks - 1, n, 0.5) <= 1 - conf]
  if (length(ok) == 0) return(c(NA, NA))
  k <- max(ok); s <- sort(x); c(s[k], s[n - k + 1])
}
set.seed(7); m <- round(rexp(25, 1 / 300), 1)
cat("median data:", paste(m, collapse = ", "), "\n")
ci <- median_ci(m, 0.95); cat(sprintf("median %.12f ci %.12f %.12f\n", median(m), ci[1], ci[2]))
ci <- median_ci(m[1:5], 0.95); cat(sprintf("median5 %.12f ci %s %s\n", median(m[1:5]), ci[1], ci[2]))
ci <- median_ci(m[1:6], 0.95); cat(sprintf("median6 %.12f ci %.12f %.12f\n", median(m[1:6]), ci[1], ci[2]))
k <- function(n, conf) { ks <- 1:ceiling(n / 2); max(c(0, ks[2 * pbinom(ks - 1, n, 0.5) <= 1 - conf])) }
cat("rank k:", paste(sapply(c(5, 6, 10, 25, 100, 1000, 10001), k, conf = 0.95), collapse = " "), "\n")
