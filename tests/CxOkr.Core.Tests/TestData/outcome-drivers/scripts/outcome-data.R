# Writes the input CSVs of the outcome-driver reference cases (run from TestData/outcome-drivers).
# churn_weighted: synthetic survey + churn flag, non-integer weights, missing cells, zero weights.
# satisfaction_survey: synthetic 1-5 satisfaction answer, 5 ordered levels, missing cells, unweighted.
# birthwt: MASS::birthwt (low birth weight, 0/1) on five of its variables, unweighted.
# housing_freq: MASS::housing (Copenhagen housing satisfaction), Sat coded 1 < 2 < 3, factors as 0/1
#   columns, Freq as the frequency weight.
library(MASS)
w <- function(d, file) write.table(d, file, sep = ",", na = "", row.names = FALSE, quote = FALSE)

set.seed(20261129)
n <- 500
r10 <- function() pmin(10, pmax(1, round(rnorm(n, 7, 2))))
support_sat <- r10(); billing_sat <- r10(); app_sat <- r10(); price_sat <- r10()
eta <- 2.2 - 0.35 * (support_sat - 7) - 0.2 * (billing_sat - 7) - 0.05 * (app_sat - 7) - 0.15 * (price_sat - 7) - 2
churned <- rbinom(n, 1, plogis(eta))
weight <- round(runif(n, 0.4, 2.5), 2)
d <- data.frame(churned, support_sat, billing_sat, app_sat, price_sat, weight)
miss <- function(k) sample.int(n, k)
d$support_sat[miss(20)] <- NA; d$billing_sat[miss(15)] <- NA; d$app_sat[miss(10)] <- NA
d$churned[miss(8)] <- NA; d$weight[miss(4)] <- NA; d$weight[miss(3)] <- 0
w(d, "churn_weighted.csv")

set.seed(7)
n <- 400
ease <- pmin(5, pmax(1, round(rnorm(n, 3.6, 1)))); speed <- pmin(5, pmax(1, round(rnorm(n, 3.4, 1))))
staff <- pmin(5, pmax(1, round(rnorm(n, 3.9, 0.9)))); price <- pmin(5, pmax(1, round(rnorm(n, 3.0, 1.1))))
lat <- 0.9 * ease + 0.6 * speed + 0.4 * staff + 0.2 * price + rlogis(n)
satisfaction <- as.integer(cut(lat, c(-Inf, 4.5, 5.8, 6.8, 7.8, Inf)))
d <- data.frame(satisfaction, ease, speed, staff, price)
d$ease[sample.int(n, 12)] <- NA; d$price[sample.int(n, 9)] <- NA; d$satisfaction[sample.int(n, 5)] <- NA
w(d, "satisfaction_survey.csv")

b <- birthwt[, c("low", "age", "lwt", "smoke", "ht", "ui")]
w(b, "birthwt.csv")

h <- housing
d <- data.frame(
  sat = as.integer(h$Sat),
  infl_medium = as.integer(h$Infl == "Medium"), infl_high = as.integer(h$Infl == "High"),
  type_apartment = as.integer(h$Type == "Apartment"), type_atrium = as.integer(h$Type == "Atrium"),
  type_terrace = as.integer(h$Type == "Terrace"), cont_high = as.integer(h$Cont == "High"),
  freq = h$Freq)
w(d, "housing_freq.csv")
