# Reference values of the logistic and ordinal key-driver models (run from TestData/outcome-drivers):
#   Rscript scripts/outcome-reference.R
# Writes NAME.json for each case. Logistic: glm(family = binomial) with prior weights and
# glm.control(epsilon = 1e-10) (default maxit 25). Ordinal: ordinal::clm (logit link, flexible thresholds,
# theta_j - x'b) with tight convergence (gradTol 1e-12, relTol 1e-13), checked against MASS::polr.
# Shapley values of McFadden's R^2 by refitting every subset of drivers on the same rows.
suppressMessages({ library(MASS); library(ordinal) })
f <- function(x) formatC(x, digits = 17, format = "g")
num <- function(name, x) sprintf('"%s": %s', name, f(x))
ctl <- clm.control(gradTol = 1e-12, relTol = 1e-13, maxIter = 200)

shapley <- function(xs, v) {
  # v: function(character vector of drivers) -> McFadden R^2 (0 for the empty set)
  p <- length(xs); masks <- 0:(2^p - 1)
  val <- sapply(masks, function(m) { s <- xs[bitwAnd(m, 2^(0:(p - 1))) > 0]; if (length(s) == 0) 0 else v(s) })
  sapply(seq_len(p), function(j) { tot <- 0; bit <- 2^(j - 1)
    for (m in masks) if (bitwAnd(m, bit) == 0) { k <- sum(bitwAnd(m, 2^(0:(p - 1))) > 0)
      tot <- tot + factorial(k) * factorial(p - k - 1) / factorial(p) * (val[m + bit + 1] - val[m + 1]) }
    tot })
}

pseudo <- function(l, l0, n) c(mcFadden = 1 - l / l0, coxSnell = 1 - exp(2 * (l0 - l) / n),
  nagelkerke = (1 - exp(2 * (l0 - l) / n)) / (1 - exp(2 * l0 / n)), estrella = 1 - (l / l0)^(-2 * l0 / n))

head_json <- function(case, model, outcome, weight, n_used, sumw, l, l0, iter) {
  ps <- pseudo(l, l0, sumw)
  c(sprintf('  "case": "%s", "model": "%s", "outcome": "%s", "weight": %s, "nUsed": %d, "sumOfWeights": %s,',
      case, model, outcome, if (is.null(weight)) "null" else sprintf('"%s"', weight), n_used, f(sumw)),
    sprintf('  %s, %s, "iterations": %d,', num("logLikelihood", l), num("nullLogLikelihood", l0), iter),
    sprintf('  "pseudoRSquared": {%s, %s, %s, %s},', num("mcFadden", ps[1]), num("coxSnell", ps[2]),
      num("nagelkerke", ps[3]), num("estrella", ps[4])))
}

logit_case <- function(case, outcome, weight = NULL) {
  d <- read.csv(paste0(case, ".csv"))
  xs <- setdiff(names(d), c(outcome, weight))
  d <- d[complete.cases(d[, c(outcome, xs, weight)]), ]
  if (!is.null(weight)) d <- d[d[[weight]] > 0, ]
  wt <- if (is.null(weight)) rep(1, nrow(d)) else d[[weight]]
  d$.w <- wt
  fit1 <- function(s) suppressWarnings(glm(reformulate(if (length(s)) s else "1", outcome), binomial, d, weights = .w, control = glm.control(epsilon = 1e-10)))
  m <- fit1(xs); m0 <- fit1(character(0)); cf <- coef(summary(m))
  # standard errors from the Fisher information at the estimates (summary.glm uses the iterate before the last)
  X <- model.matrix(m); mu <- fitted(m); se <- sqrt(diag(solve(crossprod(X, X * (d$.w * mu * (1 - mu))))))
  cf[, 2] <- se; cf[, 3] <- cf[, 1] / se; cf[, 4] <- 2 * pnorm(-abs(cf[, 3]))
  l <- -m$deviance / 2; l0 <- -m0$deviance / 2
  stopifnot(abs(m0$deviance - m$null.deviance) < 1e-9)
  sh <- shapley(xs, function(s) 1 - (-fit1(s)$deviance / 2) / l0)
  out <- c('{', head_json(case, "logit", outcome, weight, nrow(d), sum(wt), l, l0, m$iter),
    sprintf('  "converged": %s, %s, "thresholds": null,', tolower(m$converged), num("intercept", cf[1, 1])),
    sprintf('  "interceptStandardError": %s,', f(cf[1, 2])), '  "drivers": [',
    paste(sapply(seq_along(xs), function(i) { j <- xs[i]
      sprintf('    {"name": "%s", %s, %s, %s, %s, %s, %s}', j, num("coefficient", cf[j, 1]), num("standardError", cf[j, 2]),
        num("z", cf[j, 3]), num("p", cf[j, 4]), num("oddsRatio", exp(cf[j, 1])), num("shapley", sh[i])) }), collapse = ",\n"),
    '  ]', '}')
  writeLines(out, paste0(case, ".json"))
}

ordinal_case <- function(case, outcome, weight = NULL) {
  d <- read.csv(paste0(case, ".csv"))
  xs <- setdiff(names(d), c(outcome, weight))
  d <- d[complete.cases(d[, c(outcome, xs, weight)]), ]
  if (!is.null(weight)) d <- d[d[[weight]] > 0, ]
  wt <- if (is.null(weight)) rep(1, nrow(d)) else d[[weight]]
  d$.w <- wt
  d$.y <- factor(d[[outcome]], levels = sort(unique(d[[outcome]])), ordered = TRUE)
  fit1 <- function(s) clm(reformulate(if (length(s)) s else "1", ".y"), data = d, weights = .w, control = ctl)
  m <- fit1(xs); m0 <- fit1(character(0))
  pm <- polr(reformulate(xs, ".y"), data = d, weights = .w, Hess = TRUE, control = list(reltol = 1e-14, maxit = 1000))
  stopifnot(max(abs(c(pm$zeta, pm$coefficients) - coef(m))) < 1e-4)
  l <- as.numeric(logLik(m)); l0 <- as.numeric(logLik(m0))
  s <- summary(m)$coefficients; K <- nlevels(d$.y); lev <- levels(d$.y)
  sh <- shapley(xs, function(s) 1 - as.numeric(logLik(fit1(s))) / l0)
  th <- sapply(seq_len(K - 1), function(k) sprintf('{"below": "%s", "above": "%s", %s, %s}', lev[k], lev[k + 1],
    num("value", s[k, 1]), num("standardError", s[k, 2])))
  out <- c('{', head_json(case, "ordinal", outcome, weight, nrow(d), sum(wt), l, l0, m$niter[1]),
    sprintf('  "converged": %s, "intercept": null,', tolower(m$convergence$code == 0)),
    sprintf('  "polrLogLikelihood": %s,', f(as.numeric(logLik(pm)))),
    sprintf('  "thresholds": [%s],', paste(th, collapse = ", ")), '  "drivers": [',
    paste(sapply(seq_along(xs), function(i) { j <- xs[i]
      sprintf('    {"name": "%s", %s, %s, %s, %s, %s, %s}', j, num("coefficient", s[j, 1]), num("standardError", s[j, 2]),
        num("z", s[j, 3]), num("p", s[j, 4]), num("oddsRatio", exp(s[j, 1])), num("shapley", sh[i])) }), collapse = ",\n"),
    '  ]', '}')
  writeLines(out, paste0(case, ".json"))
}

logit_case("churn_weighted", "churned", "weight")
logit_case("birthwt", "low")
ordinal_case("satisfaction_survey", "satisfaction")
ordinal_case("housing_freq", "sat", "freq")
