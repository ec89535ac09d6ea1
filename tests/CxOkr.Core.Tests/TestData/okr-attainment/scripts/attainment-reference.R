# Reference values for a key result's probability of attainment (issue 15, docs/scoring.md).
# For each key result: lm(y ~ x) through its points (x = days since the period start, the baseline at x = 0),
# predict at the period's end with interval = "prediction" and se.fit = TRUE, and
#   probability = P(Y_E >= target) (increase) or P(Y_E <= target) (decrease) = pt(t, df) with
#   se_pred = sqrt(se.fit^2 + sigma^2) (R's prediction interval);
#   surveyProbability: the same with sqrt(se.fit^2 + surveySe^2) (the survey-measured combination).
# Run from this folder: Rscript scripts/attainment-reference.R > reference.json
points <- read.csv("points.csv", stringsAsFactors = FALSE)
cases <- read.csv("cases.csv", stringsAsFactors = FALSE)
num <- function(x) trimws(formatC(x, digits = 17, format = "g"))
out <- character(0)
for (i in seq_len(nrow(cases))) {
  case <- cases[i, ]
  p <- points[points$keyResult == case$keyResult, ]
  fit <- lm(y ~ x, data = p)
  new <- data.frame(x = case$xEnd)
  pred <- predict(fit, newdata = new, interval = "prediction", level = 0.95, se.fit = TRUE)
  sigma <- summary(fit)$sigma
  df <- fit$df.residual
  mean <- pred$fit[1, "fit"]
  sePred <- sqrt(pred$se.fit^2 + sigma^2)
  seSurvey <- sqrt(pred$se.fit^2 + case$surveySe^2)
  up <- case$kind == "increase"
  tPred <- if (up) (mean - case$target) / sePred else (case$target - mean) / sePred
  tSurvey <- if (up) (mean - case$target) / seSurvey else (case$target - mean) / seSurvey
  out <- c(out, sprintf(paste0(
    '    {"keyResult": "%s", "n": %d, "df": %d, "fit": %s, "sigma": %s, "seFit": %s, "sePrediction": %s, ',
    '"lower95": %s, "upper95": %s, "probability": %s, "surveySe": %s, "surveyProbability": %s}'),
    case$keyResult, nrow(p), df, num(mean), num(sigma), num(pred$se.fit), num(sePred),
    num(pred$fit[1, "lwr"]), num(pred$fit[1, "upr"]), num(pt(tPred, df)), num(case$surveySe), num(pt(tSurvey, df))))
}
cat('{\n  "r": "', R.version.string, '",\n  "cases": [\n', paste(out, collapse = ",\n"), '\n  ]\n}\n', sep = "")
