# Issue 18: what R without relaimpo (not installable here: Debian has no r-cran-relaimpo) takes for the
# LMG / Shapley shares of R^2 that `cxokr drivers` computes: every subset's R^2 from the correlation matrix,
# then the Shapley average. Usage: Rscript benchmarks/lmg-base-r.R FILE.csv OUTCOME
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
y <- args[2]
x <- setdiff(names(d), y)
d <- d[complete.cases(d), c(y, x)]
r <- cor(d)
p <- length(x)
r2 <- numeric(2^p)
for (s in 1:(2^p - 1)) {
  idx <- which(bitwAnd(s, 2^(0:(p - 1))) > 0) + 1
  rxy <- r[idx, 1]
  r2[s + 1] <- sum(rxy * solve(r[idx, idx, drop = FALSE], rxy))
}
lmg <- numeric(p)
for (j in 1:p) {
  bit <- 2^(j - 1)
  for (s in 0:(2^p - 1)) {
    if (bitwAnd(s, bit) == 0) {
      k <- sum(bitwAnd(s, 2^(0:(p - 1))) > 0)
      lmg[j] <- lmg[j] + factorial(k) * factorial(p - k - 1) / factorial(p) * (r2[s + bit + 1] - r2[s + 1])
    }
  }
}
cat(sprintf("%s %.17g\n", x, lmg), sep = "")
cat(sprintf("R2 %.17g\n", r2[2^p]))
