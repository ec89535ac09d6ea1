# Reference values for tests/CxOkr.Core.Tests/Measures/ComparisonReferenceTests.cs.
# Run from this folder's parent (TestData/comparisons): Rscript scripts/comparisons-reference.R
# Writes survey.csv (the input) and comparisons.json (the expected values), numbers with 17 significant digits.
set.seed(20261129)
n <- 420
region <- sample(c("north", "east", "south"), n, replace = TRUE, prob = c(0.4, 0.35, 0.25))
shift <- c(north = -0.6, east = 0.4, south = 0)[region]
date <- as.Date("2026-08-01") + sample(0:91, n, replace = TRUE)
month <- format(date, "%Y-%m")
mshift <- c("2026-08" = -0.5, "2026-09" = 0, "2026-10" = 0.7, "2026-11" = 0.2)[month]
nps <- pmin(10, pmax(0, round(rnorm(n, 7.3 + shift + mshift, 2.1))))
csat <- pmin(5, pmax(1, round(rnorm(n, 3.8 + shift / 3, 0.9))))
weight <- round(runif(n, 0.4, 2.2), 3)
write.csv(data.frame(id = sprintf("r%03d", 1:n), date = format(date), region = region, nps = nps,
                     csat = csat, weight = weight), "survey.csv", row.names = FALSE, quote = FALSE)

num <- function(x) if (is.null(x) || is.na(x)) "null" else sprintf("%.17g", x)
obj <- function(...) { a <- list(...); paste0("{", paste(sprintf("\"%s\": %s", names(a), unlist(a)), collapse = ", "), "}") }
arr <- function(items) paste0("[", paste(items, collapse = ",\n    "), "]")

# p.adjust over the pairs of one run; every run's pairs are listed in the library's order.
run <- function(groups, pairs, test) {
  res <- lapply(pairs, function(p) test(groups[[p[1]]], groups[[p[2]]]))
  p <- sapply(res, `[[`, "p")
  holm <- p.adjust(p, "holm"); bh <- p.adjust(p, "BH")
  arr(mapply(function(pr, r, h, b) obj(first = sprintf("\"%s\"", pr[1]), second = sprintf("\"%s\"", pr[2]),
    difference = num(r$d), standardError = num(r$se), statistic = num(r$stat), df = num(r$df), p = num(r$p),
    lower = num(r$lo), upper = num(r$hi), holm = num(h), bh = num(b)), pairs, res, holm, bh, SIMPLIFY = TRUE))
}
conf <- 0.95
welch <- function(a, b) {
  t <- t.test(a, b, conf.level = conf)
  list(d = unname(t$estimate[1] - t$estimate[2]), se = t$stderr, stat = unname(t$statistic), df = unname(t$parameter),
       p = t$p.value, lo = t$conf.int[1], hi = t$conf.int[2])
}
# Weighted Welch as the library defines it: Kish n_eff, weighted mean, s_w^2 = sum w (x - m)^2 / sum w * n_eff / (n_eff - 1).
wstat <- function(x, w) {
  m <- sum(w * x) / sum(w); ne <- sum(w)^2 / sum(w^2)
  v <- sum(w * (x - m)^2) / sum(w) * ne / (ne - 1)
  list(m = m, ne = ne, se2 = v / ne)
}
wwelch <- function(a, b) {
  A <- wstat(a$x, a$w); B <- wstat(b$x, b$w)
  se <- sqrt(A$se2 + B$se2); df <- (A$se2 + B$se2)^2 / (A$se2^2 / (A$ne - 1) + B$se2^2 / (B$ne - 1))
  d <- A$m - B$m; t <- d / se; q <- qt(1 - (1 - conf) / 2, df)
  list(d = d, se = se, stat = t, df = df, p = 2 * pt(-abs(t), df), lo = d - q * se, hi = d + q * se)
}
ztest <- function(e1, v1, e2, v2) {
  d <- e1 - e2; se <- sqrt(v1 + v2); z <- d / se; q <- qnorm(1 - (1 - conf) / 2)
  list(d = d, se = se, stat = z, df = NULL, p = 2 * pnorm(-abs(z)), lo = d - q * se, hi = d + q * se)
}
# NPS: adjusted Wald (Rocks 2016): n + 3, promoters + 0.75, detractors + 0.75; plain Wald otherwise. In points.
npsest <- function(x, adjusted) {
  n <- length(x); P <- sum(x >= 9); D <- sum(x <= 6)
  if (adjusted) { p <- (P + 0.75) / (n + 3); d <- (D + 0.75) / (n + 3); m <- n + 3 } else { p <- P / n; d <- D / n; m <- n }
  list(e = 100 * (p - d), v = 1e4 * (p + d - (p - d)^2) / m)
}
npstest <- function(adjusted) function(a, b) { A <- npsest(a, adjusted); B <- npsest(b, adjusted); ztest(A$e, A$v, B$e, B$v) }
# Top box (answers >= 9) and any proportion: difference in points, unpooled SE.
proptest <- function(a, b) {
  p1 <- mean(a >= 9); p2 <- mean(b >= 9)
  ztest(100 * p1, 1e4 * p1 * (1 - p1) / length(a), 100 * p2, 1e4 * p2 * (1 - p2) / length(b))
}

segments <- sort(unique(region), method = "radix")   # ordinal (C-locale) order, as the library sorts
pairs <- combn(segments, 2, simplify = FALSE)
months <- sort(unique(month))
mpairs <- lapply(2:length(months), function(i) c(months[i], months[i - 1]))
byRegion <- function(v) setNames(lapply(segments, function(s) v[region == s]), segments)
byMonth <- function(v) setNames(lapply(months, function(s) v[month == s]), months)
wRegion <- setNames(lapply(segments, function(s) list(x = csat[region == s], w = weight[region == s])), segments)

pv <- c(0.01, 0.04, 0.03, 0.005, 0.5, 0.04, 0.2, 1e-8, 0.9, 0.049, 0.04, 0.3)
out <- c(
  sprintf("\"meanBySegment\": %s", run(byRegion(csat), pairs, welch)),
  sprintf("\"weightedMeanBySegment\": %s", run(wRegion, pairs, wwelch)),
  sprintf("\"npsAdjustedWaldBySegment\": %s", run(byRegion(nps), pairs, npstest(TRUE))),
  sprintf("\"npsWaldBySegment\": %s", run(byRegion(nps), pairs, npstest(FALSE))),
  sprintf("\"topBoxBySegment\": %s", run(byRegion(nps), pairs, proptest)),
  sprintf("\"npsAdjustedWaldByMonth\": %s", run(byMonth(nps), mpairs, npstest(TRUE))),
  sprintf("\"meanByMonth\": %s", run(byMonth(csat), mpairs, welch)),
  sprintf("\"pAdjust\": {\"p\": [%s], \"holm\": [%s], \"bh\": [%s]}", paste(sapply(pv, num), collapse = ", "),
          paste(sapply(p.adjust(pv, "holm"), num), collapse = ", "), paste(sapply(p.adjust(pv, "BH"), num), collapse = ", ")))
writeLines(paste0("{\n  ", paste(out, collapse = ",\n  "), "\n}"), "comparisons.json")
