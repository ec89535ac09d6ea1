# Generates the multilingual comment set comments.csv (English, Vietnamese, Thai) and topics.json.
# Run from TestData/topics: Rscript scripts/generate-comments.R
# Needs stringi (only for NFD variants of some Vietnamese comments). Seeded: the output is the same every run.
suppressMessages(library(stringi))
set.seed(20261129)
n <- 720

pools <- list(
  en = list(
    billing = c("the bill was wrong", "my invoice is confusing", "they charged me a fee", "\uff22\uff49\uff4c\uff4c too high"),
    twice = c("I was charged twice", "charged twice for one order"),
    wait = c("waiting on hold for 40 minutes", "I waited too long", "long wait at the store", "waits are terrible"),
    staff = c("friendly staff", "the agent was helpful"),
    app = c("the app crashed", "great app"),
    form = c("the forms are confusing", "form was too long"),
    other = c("great service", "thanks", "nothing to add", "e-mail support is ok", "please don't rebill me", "I lost my appetite", "billing-free plan")),
  vi = list(
    billing = c("h\u00f3a \u0111\u01a1n sai", "h\u00f3a \u0111\u01a1n kh\u00f3 hi\u1ec3u"),
    wait = c("ph\u1ea3i ch\u1edd l\u00e2u", "ch\u1edd m\u00e1y r\u1ea5t l\u00e2u", "ch\u1edd \u0111\u1ee3i qu\u00e1 l\u00e2u"),
    staff = c("nh\u00e2n vi\u00ean th\u00e2n thi\u1ec7n", "nh\u00e2n vi\u00ean h\u1ed7 tr\u1ee3 t\u1ed1t"),
    app = c("\u1ee9ng d\u1ee5ng b\u1ecb l\u1ed7i", "\u1ee9ng d\u1ee5ng d\u1ec5 d\u00f9ng"),
    form = c("bi\u1ec3u m\u1eabu kh\u00f3 \u0111i\u1ec1n"),
    other = c("ch\u1edf h\u00e0ng ch\u1eadm", "d\u1ecbch v\u1ee5 t\u1ed1t", "c\u1ea3m \u01a1n", "b\u1ecb t\u00ednh ti\u1ec1n hai l\u1ea7n")),
  th = list(
    billing = c("\u0e1a\u0e34\u0e25\u0e1c\u0e34\u0e14", "\u0e1a\u0e34\u0e25\u0e41\u0e1e\u0e07"),
    wait = c("\u0e23\u0e2d\u0e19\u0e32\u0e19\u0e21\u0e32\u0e01", "\u0e15\u0e49\u0e2d\u0e07\u0e23\u0e2d\u0e2a\u0e32\u0e22\u0e19\u0e32\u0e19"),
    staff = c("\u0e1e\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19\u0e2a\u0e38\u0e20\u0e32\u0e1e", "\u0e1e\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19\u0e0a\u0e48\u0e27\u0e22\u0e40\u0e2b\u0e25\u0e37\u0e2d\u0e14\u0e35\u0e21\u0e32\u0e01"),
    app = c("\u0e41\u0e2d\u0e1b\u0e04\u0e49\u0e32\u0e07\u0e1a\u0e48\u0e2d\u0e22", "\u0e41\u0e2d\u0e1b\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19\u0e07\u0e48\u0e32\u0e22"),
    form = c("\u0e01\u0e23\u0e2d\u0e01\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e22\u0e32\u0e01", "\u0e01\u0e23\u0e2d\u0e01\u0e41\u0e1a\u0e1a\u0e1f\u0e2d\u0e23\u0e4c\u0e21\u0e2b\u0e25\u0e32\u0e22\u0e2b\u0e19\u0e49\u0e32"),
    other = c("\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23\u0e14\u0e35", "\u0e2a\u0e48\u0e07\u0e02\u0e2d\u0e07\u0e0a\u0e49\u0e32", "\u0e02\u0e2d\u0e1a\u0e04\u0e38\u0e13\u0e04\u0e23\u0e31\u0e1a", "\u0e43\u0e1a\u0e41\u0e08\u0e49\u0e07\u0e2b\u0e19\u0e35\u0e49\u0e44\u0e21\u0e48\u0e16\u0e39\u0e01\u0e15\u0e49\u0e2d\u0e07")))
effects <- c(billing = -2.5, twice = -3.5, wait = -2, staff = 1.5, app = -0.5, form = -1, other = 0.3)

ids <- sprintf("r%04d", seq_len(n))
region <- sample(c("north", "central", "south"), n, replace = TRUE, prob = c(0.4, 0.35, 0.25))
weight <- round(runif(n, 0.5, 2), 2)
comment <- character(n)
score <- numeric(n)
for (i in seq_len(n)) {
  lang <- sample(names(pools), 1, prob = c(0.4, 0.3, 0.3))
  base <- rnorm(1, 8.2, 1.5)
  if (runif(1) < 0.15) {
    comment[i] <- ""
  } else {
    k <- sample(1:3, 1, prob = c(0.5, 0.35, 0.15))
    cats <- sample(names(pools[[lang]]), k, replace = TRUE)
    parts <- vapply(cats, function(cat) sample(pools[[lang]][[cat]], 1), "")
    base <- base + sum(effects[cats])
    text <- paste(parts, collapse = if (lang == "en") ", " else " ")
    if (lang == "vi" && runif(1) < 0.2) text <- stri_trans_nfd(text)
    if (lang == "en" && runif(1) < 0.1) text <- toupper(text)
    comment[i] <- text
  }
  score[i] <- min(10, max(0, round(base)))
}
score[runif(n) < 0.08] <- NA

out <- data.frame(id = ids, region = region, nps = score, weight = weight, comment = comment, stringsAsFactors = FALSE)
write.csv(out, "comments.csv", row.names = FALSE, na = "", fileEncoding = "UTF-8")

topics <- '{"topics": [
  {"id": "billing", "name": "Billing", "any": ["bill", "invoice", "charged", "h\u00f3a \u0111\u01a1n", "\u0e1a\u0e34\u0e25"]},
  {"id": "wait", "name": "Waiting", "any": ["wait*", "on hold", "ch\u1edd", "\u0e23\u0e2d"], "none": ["ch\u1edd \u0111\u1ee3i"]},
  {"id": "billed_twice", "name": "Billed twice", "all": ["charged", "twice"]},
  {"id": "staff", "name": "Friendly staff", "any": ["friendly", "helpful", "nh\u00e2n vi\u00ean", "\u0e1e\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19"]},
  {"id": "app", "name": "App", "any": ["app", "\u1ee9ng d\u1ee5ng", "\u0e41\u0e2d\u0e1b"]},
  {"id": "form", "name": "Forms", "any": ["form*", "\u0e01\u0e23\u0e2d\u0e01", "bi\u1ec3u m\u1eabu"]},
  {"id": "never", "name": "Never mentioned", "any": ["refund"]}]}'
con <- file("topics.json", open = "w", encoding = "UTF-8")
writeLines(topics, con)
close(con)
