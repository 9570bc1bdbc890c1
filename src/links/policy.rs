//! The verdict policy, which the host modules (`arxiv.rs`, `github.rs`,
//! `generic.rs`) share: what one attempt says ([`Attempt`]), what an
//! answer's status is evidence of ([`judge`]) and what a request that got
//! no answer says ([`Attempt::from_error`]); and turning attempts into an
//! outcome ([`decide`]): waits for the host's turn, retries what may pass
//! with exponential backoff (honouring `Retry-After`), confirms evidence of
//! death with a second attempt, and trips the host's circuit breaker when
//! it refuses automated clients.

use super::client::Client;
use super::fetch::{Answer, FetchError};
use super::outcome::Outcome;
use reqwest::StatusCode;
use std::future::Future;
use std::time::Duration;

/// What one attempt at a target says; `T` is what a decided attempt
/// gives (an [`Outcome`], or the entries of an arXiv API answer).
#[derive(Debug)]
pub(crate) enum Attempt<T = Outcome> {
    Done(T),
    /// Evidence that the target is gone; decided when a second attempt,
    /// [`super::LinkOptions::confirm_interval`] later, agrees, since a
    /// flaky server must not make a living link dead.
    Gone(T),
    /// May pass: a timeout, a reset, 5xx, 429.
    Transient {
        reason: String,
        /// What the server asked for (`Retry-After`, a rate-limit reset).
        retry_after: Option<Duration>,
        /// A rate limit; when retries run out, the host is left alone.
        rate_limited: bool,
    },
    /// The host refuses automated clients (a bot wall): the breaker trips
    /// and the host's other links are not asked.
    Blocked(String),
}

impl<T> Attempt<T> {
    pub fn transient(reason: impl Into<String>) -> Self {
        Attempt::Transient {
            reason: reason.into(),
            retry_after: None,
            rate_limited: false,
        }
    }

    /// A rate limit: may pass after the wait the answer asks for.
    pub fn rate_limited(reason: impl Into<String>, answer: &Answer) -> Self {
        Attempt::Transient {
            reason: reason.into(),
            retry_after: retry_after(answer.header("retry-after")),
            rate_limited: true,
        }
    }

    /// The attempt with what it decided (done, or gone) replaced by
    /// `decided(..)`, which is final: a retry or a bot wall stays one.
    pub fn settle<U>(self, decided: impl FnOnce(T) -> U) -> Attempt<U> {
        match self {
            Attempt::Done(value) | Attempt::Gone(value) => Attempt::Done(decided(value)),
            Attempt::Transient {
                reason,
                retry_after,
                rate_limited,
            } => Attempt::Transient {
                reason,
                retry_after,
                rate_limited,
            },
            Attempt::Blocked(reason) => Attempt::Blocked(reason),
        }
    }
}

impl Attempt {
    /// What a request that got no answer says about its target.
    pub fn from_error(error: FetchError) -> Self {
        match error {
            FetchError::Refused(why) => Attempt::Done(Outcome::unverified(format!(
                "not checked: {why}, and private addresses are not allowed"
            ))),
            FetchError::NoSuchHost(host) => {
                Attempt::Gone(Outcome::dead(format!("the host {host} does not exist")))
            }
            error @ (FetchError::Timeout | FetchError::Network(_)) => {
                Attempt::transient(error.to_string())
            }
            error @ (FetchError::TooManyRedirects | FetchError::BadRedirect(_)) => {
                Attempt::Done(Outcome::unverified(error.to_string()))
            }
        }
    }
}

/// Runs `attempt` until it decides, under the politeness of `host`.
pub(crate) async fn check<F, Fut>(checker: &Client, host: &str, attempt: F) -> Outcome
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Attempt>,
{
    decide(checker, host, attempt)
        .await
        .unwrap_or_else(Outcome::unverified)
}

/// Runs `attempt` until it decides, under the politeness of `host`; `Err`
/// holds why nothing could be decided.
pub(crate) async fn decide<T, F, Fut>(
    checker: &Client,
    host: &str,
    mut attempt: F,
) -> Result<T, String>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Attempt<T>>,
{
    let options = &checker.options;
    let gate = checker.hosts.gate(host);
    let mut retries_left = options.retries;
    let mut backoff = options.retry_base;
    let mut evidence: Option<T> = None;
    loop {
        if let Some(why) = checker.network.down() {
            return Err(format!("not checked: no network ({why})"));
        }
        let result = {
            let _turn = checker.hosts.turn(&gate).await;
            // Asked after the wait: the breaker may have tripped meanwhile.
            if let Some(reason) = gate.tripped() {
                return Err(format!("not asked: {host}: {reason}"));
            }
            attempt().await
        };
        if !matches!(
            result,
            Attempt::Transient {
                rate_limited: true,
                ..
            }
        ) {
            gate.answered();
        }
        match result {
            Attempt::Done(outcome) => return Ok(outcome),
            Attempt::Blocked(reason) => {
                gate.trip(&reason);
                return Err(reason);
            }
            Attempt::Gone(outcome) => {
                if evidence.is_some() {
                    return Ok(outcome);
                }
                evidence = Some(outcome);
                // A second look, a while later: a page can 404 for a
                // moment while its site is deployed.
                tokio::time::sleep(options.confirm_interval).await;
            }
            Attempt::Transient {
                reason,
                retry_after,
                rate_limited,
            } => {
                let wait = retry_after.unwrap_or(backoff);
                // Rate limits in a row from one host, whichever links
                // they answered: as many as one link may retry, and the
                // host is left alone.
                let host_limited = rate_limited && gate.rate_limited() > options.retries;
                if retries_left == 0 || wait > options.max_retry_wait || host_limited {
                    let why = match retry_after {
                        Some(wait) if wait > options.max_retry_wait => {
                            format!("{reason}; asked to wait {}", describe_wait(wait))
                        }
                        _ => format!(
                            "{reason} (after {} attempts)",
                            options.retries - retries_left + 1
                        ),
                    };
                    if rate_limited {
                        gate.trip(&format!("rate limited ({reason})"));
                    }
                    return Err(why);
                }
                retries_left -= 1;
                backoff = backoff.saturating_mul(2);
                if retry_after.is_some() || rate_limited {
                    // The server's request is about the host, not this link.
                    gate.hold_off(wait);
                } else {
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }
}

pub(crate) fn describe_wait(wait: Duration) -> String {
    let seconds = wait.as_secs();
    if seconds >= 120 {
        format!("{} min", seconds.div_ceil(60))
    } else {
        format!("{} s", seconds.max(1))
    }
}

/// `Retry-After` as seconds or as an HTTP date.
pub(crate) fn retry_after(value: Option<&str>) -> Option<Duration> {
    let value = value?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// What a status says about a page. A 404 or 410 is one observation of
/// "gone": HEAD and GET a moment apart are one look, and the retry loop
/// looks again later before the link is called dead.
pub(crate) fn judge(answer: &Answer) -> Attempt {
    let status = answer.status;
    let host = answer.url.host_str().unwrap_or_default();
    match status.as_u16() {
        200..=299 => Attempt::Done(Outcome::Alive),
        404 | 410 => Attempt::Gone(Outcome::dead(format!(
            "the server answers {}",
            status_text(status)
        ))),
        451 => Attempt::Done(Outcome::dead(format!(
            "the server answers {} (taken down)",
            status_text(status)
        ))),
        401 => Attempt::Done(Outcome::unverified(format!(
            "the page needs a login ({})",
            status_text(status)
        ))),
        // The proxy's own answer, not the site's.
        407 => Attempt::Done(Outcome::unverified(format!(
            "the proxy wants credentials ({})",
            status_text(status)
        ))),
        403 => Attempt::Blocked(format!(
            "{host} answers 403 Forbidden to automated checks (a bot wall)"
        )),
        429 => Attempt::rate_limited(format!("{host} answers 429 Too Many Requests"), answer),
        503 if answer.header("cf-mitigated").is_some() => {
            Attempt::Blocked(format!("{host} answers with a bot challenge (503)"))
        }
        408 | 500..=599 => Attempt::Transient {
            reason: format!("the server answers {}", status_text(status)),
            retry_after: retry_after(answer.header("retry-after")),
            rate_limited: false,
        },
        _ => Attempt::Done(Outcome::unverified(format!(
            "the server answers {}",
            status_text(status)
        ))),
    }
}

pub(crate) fn status_text(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        assert_eq!(retry_after(Some("7")), Some(Duration::from_secs(7)));
        assert_eq!(retry_after(Some(" 0 ")), Some(Duration::ZERO));
        assert_eq!(
            retry_after(Some("Wed, 21 Oct 2015 07:28:00 GMT")),
            Some(Duration::ZERO),
            "a date in the past means now"
        );
        assert_eq!(retry_after(Some("soon")), None);
        assert_eq!(retry_after(None), None);
    }

    #[test]
    fn waits_read_like_a_person_would_say_them() {
        assert_eq!(describe_wait(Duration::from_millis(300)), "1 s");
        assert_eq!(describe_wait(Duration::from_secs(90)), "90 s");
        assert_eq!(describe_wait(Duration::from_secs(3600)), "60 min");
    }
}
