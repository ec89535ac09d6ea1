# Writes linkage.csv: synthetic survey responses for the tier-linkage reference cases (seeded).
# Interaction metrics feed two journey metrics, which feed relationship NPS; onboarding_sat also feeds
# support_sat and agent_knowledge also feeds nps directly. About 8% of each metric's cells are missing,
# independently, so each equation is fitted on its own complete rows. `region` is an unrelated column.
set.seed(20261129)
n <- 300
chat_csat <- sample(1:5, n, replace = TRUE)
hold_time <- round(rexp(n, 1 / 4), 1)
agent_knowledge <- sample(1:5, n, replace = TRUE, prob = c(0.1, 0.15, 0.25, 0.3, 0.2))
app_rating <- sample(1:5, n, replace = TRUE)
field_ces <- sample(1:7, n, replace = TRUE)
onboarding_sat <- round(1 + 0.35 * app_rating + 0.25 * field_ces + rnorm(n, 0, 0.8), 1)
support_sat <- round(0.5 + 0.4 * chat_csat - 0.08 * hold_time + 0.3 * agent_knowledge + 0.2 * onboarding_sat + rnorm(n, 0, 0.7), 1)
nps <- pmin(10, pmax(0, round(0.8 * support_sat + 0.6 * onboarding_sat + 0.3 * agent_knowledge + rnorm(n, 0, 1.5))))
weight <- round(runif(n, 0.3, 2), 3)
weight[sample(n, 6)] <- 0
region <- sample(1:4, n, replace = TRUE)
d <- data.frame(respondent_id = sprintf("L%03d", 1:n), weight, region, nps, support_sat, onboarding_sat,
                chat_csat, hold_time, agent_knowledge, app_rating, field_ces)
for (col in c("nps", "support_sat", "onboarding_sat", "chat_csat", "hold_time", "agent_knowledge", "app_rating", "field_ces")) {
  d[[col]][runif(n) < 0.08] <- NA
}
d$weight[sample(n, 4)] <- NA
write.csv(d, "linkage.csv", row.names = FALSE, na = "", quote = FALSE)
# Fixed bootstrap indices (0-based row numbers of linkage.csv), one resample per line.
B <- 20
idx <- t(replicate(B, sample.int(n, n, replace = TRUE) - 1L))
write.table(idx, "linkage-indices.csv", sep = ",", row.names = FALSE, col.names = FALSE)
