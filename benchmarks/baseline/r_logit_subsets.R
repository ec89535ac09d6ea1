# R's time for the subset refits behind exact Shapley values of McFadden's R^2 of a logistic model:
# n = 5,000 rows, p = 10 drivers, all 1,023 non-empty subsets refitted with glm(family = binomial).
# Writes the data the C# benchmark reads (benchmarks/baseline/logit_5000x10.csv) when it is missing.
#   Rscript benchmarks/baseline/r_logit_subsets.R        (from the repository root)
csv <- "benchmarks/baseline/logit_5000x10.csv"
if (!file.exists(csv)) {
  set.seed(2026)
  n <- 5000; p <- 10
  x <- matrix(pmin(10, pmax(1, round(rnorm(n * p, 7, 2)))), n, p)
  b <- seq(-0.3, 0.25, length.out = p)
  y <- rbinom(n, 1, plogis(0.5 + (x - 7) %*% b))
  d <- data.frame(y = y, x); names(d) <- c("churned", paste0("d", 1:p))
  write.table(d, csv, sep = ",", row.names = FALSE, quote = FALSE)
}
d <- read.csv(csv); xs <- names(d)[-1]; p <- length(xs)
ctl <- glm.control(epsilon = 1e-10)
run <- function() {
  l0 <- -glm(churned ~ 1, binomial, d, control = ctl)$deviance / 2
  v <- numeric(2^p)
  for (m in 1:(2^p - 1)) {
    s <- xs[bitwAnd(m, 2^(0:(p - 1))) > 0]
    v[m + 1] <- 1 + glm(reformulate(s, "churned"), binomial, d, control = ctl)$deviance / 2 / l0
  }
  v
}
times <- replicate(5, system.time(run())[["elapsed"]])
cat(sprintf("R %s, glm subset refits n = %d, p = %d (%d fits): elapsed s per run %s; mean %.3f s, sd %.3f s\n",
  getRversion(), nrow(d), p, 2^p - 1, paste(sprintf("%.3f", times), collapse = " "), mean(times), sd(times)))
