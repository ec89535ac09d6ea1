# Reference values for the topic analysis of comments.csv with the topics of topics.json (as written by
# generate-comments.R, repeated here because base R has no JSON reader). Run from TestData/topics:
#   Rscript scripts/topics-reference.R
# Words: ICU word boundaries through stringi (stri_split_boundaries, type = "word", skip_word_none = TRUE) on the
# NFKC, lower-cased text. Regression: lm. Writes reference.json and words.tsv (each comment's words).
suppressMessages(library(stringi))
d <- read.csv("comments.csv", encoding = "UTF-8", stringsAsFactors = FALSE, na.strings = "")
topics <- list(
  list(id = "billing", any = c("bill", "invoice", "charged", "h\u00f3a \u0111\u01a1n", "\u0e1a\u0e34\u0e25"), all = character(0), none = character(0)),
  list(id = "wait", any = c("wait*", "on hold", "ch\u1edd", "\u0e23\u0e2d"), all = character(0), none = c("ch\u1edd \u0111\u1ee3i")),
  list(id = "billed_twice", any = character(0), all = c("charged", "twice"), none = character(0)),
  list(id = "staff", any = c("friendly", "helpful", "nh\u00e2n vi\u00ean", "\u0e1e\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19"), all = character(0), none = character(0)),
  list(id = "app", any = c("app", "\u1ee9ng d\u1ee5ng", "\u0e41\u0e2d\u0e1b"), all = character(0), none = character(0)),
  list(id = "form", any = c("form*", "\u0e01\u0e23\u0e2d\u0e01", "bi\u1ec3u m\u1eabu"), all = character(0), none = character(0)),
  list(id = "never", any = c("refund"), all = character(0), none = character(0)))

normalise <- function(x) stri_trans_tolower(stri_trans_nfkc(x), locale = "en_US")
words_of <- function(x) stri_split_boundaries(normalise(x), type = "word", skip_word_none = TRUE)[[1]]
term_matches <- function(w, term) {
  prefix <- endsWith(term, "*")
  tw <- words_of(sub("\\*+$", "", term))
  k <- length(tw)
  if (length(w) < k) return(FALSE)
  for (i in 1:(length(w) - k + 1)) {
    ok <- TRUE
    for (j in 1:k) {
      cw <- w[i + j - 1]
      hit <- if (prefix && j == k) startsWith(cw, tw[j]) else cw == tw[j]
      if (!hit) { ok <- FALSE; break }
    }
    if (ok) return(TRUE)
  }
  FALSE
}
has_text <- !is.na(d$comment) & nchar(trimws(d$comment)) > 0
words <- lapply(seq_len(nrow(d)), function(i) if (has_text[i]) words_of(d$comment[i]) else character(0))
tags <- sapply(topics, function(t) vapply(seq_len(nrow(d)), function(i) {
  if (!has_text[i]) return(FALSE)
  w <- words[[i]]
  anyok <- length(t$any) == 0 || any(vapply(t$any, function(x) term_matches(w, x), TRUE))
  allok <- all(vapply(t$all, function(x) term_matches(w, x), TRUE))
  noneok <- !any(vapply(t$none, function(x) term_matches(w, x), TRUE))
  anyok && allok && noneok
}, TRUE))
colnames(tags) <- vapply(topics, function(t) t$id, "")

con <- file("words.tsv", open = "w", encoding = "UTF-8")
writeLines(vapply(seq_len(nrow(d)), function(i) paste0(d$id[i], "\t", paste(words[[i]], collapse = "|")), ""), con)
close(con)

num <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) "null" else sprintf("%.17g", x)
nps <- function(s, w) 100 * (sum(w[s >= 9]) - sum(w[s <= 6])) / sum(w)
wmean <- function(s, w) sum(w * s) / sum(w)
summarise <- function(rows, w, calc, regression) {
  scored <- rows & !is.na(d$nps)
  f <- if (calc == "nps") nps else wmean
  overall <- f(d$nps[scored], w[scored])
  text <- rows & has_text
  parts <- sapply(seq_along(topics), function(t) {
    tg <- rows & tags[, t]
    with <- tg & scored
    without <- !tags[, t] & scored
    sw <- if (any(with)) f(d$nps[with], w[with]) else NA
    so <- if (any(without)) f(d$nps[without], w[without]) else NA
    sprintf('{"id": "%s", "count": %d, "share": %s, "scoredWith": %d, "with": %s, "without": %s, "impact": %s}',
      topics[[t]]$id, sum(tg), num(sum(w[tg]) / sum(w[text])), sum(with), num(sw), num(so), num(overall - so))
  })
  untagged <- sum(text & rowSums(tags) == 0)
  out <- sprintf('"nResponses": %d, "nWithText": %d, "untagged": %d, "nScored": %d, "score": %s, "topics": [%s]',
    sum(rows), sum(text), untagged, sum(scored), num(overall), paste(parts, collapse = ", "))
  if (regression) {
    x <- as.data.frame(tags[scored, ] * 1)
    x$y <- d$nps[scored]
    fit <- lm(y ~ ., data = x, weights = w[scored])
    co <- summary(fit)$coefficients
    reg <- vapply(colnames(tags), function(id) {
      if (!(id %in% rownames(co))) return(sprintf('{"id": "%s", "coefficient": null, "standardError": null, "p": null}', id))
      sprintf('{"id": "%s", "coefficient": %s, "standardError": %s, "p": %s}', id, num(co[id, 1]), num(co[id, 2]), num(co[id, 4]))
    }, "")
    out <- paste0(out, sprintf(', "intercept": %s, "rSquared": %s, "regression": [%s]', num(coef(fit)[1]), num(summary(fit)$r.squared), paste(reg, collapse = ", ")))
  }
  paste0("{", out, "}")
}
all_rows <- rep(TRUE, nrow(d))
ones <- rep(1, nrow(d))
segments <- vapply(unique(d$region), function(g) sprintf('"%s": %s', g, summarise(d$region == g, ones, "nps", FALSE)), "")
json <- paste0("{\n",
  '"unweighted": ', summarise(all_rows, ones, "nps", TRUE), ",\n",
  '"weighted": ', summarise(all_rows, d$weight, "nps", TRUE), ",\n",
  '"mean": ', summarise(all_rows, ones, "mean", TRUE), ",\n",
  '"segments": {', paste(segments, collapse = ",\n"), "}\n}\n")
con <- file("reference.json", open = "w", encoding = "UTF-8")
writeLines(json, con)
close(con)
