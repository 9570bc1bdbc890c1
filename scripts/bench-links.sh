#!/usr/bin/env bash
# Link checking benchmark: 1,000 and 5,000 distinct links against local
# servers that take 50 ms per request, with nas-lint's default politeness;
# wall time and the requests the servers saw. Where lychee is installed
# (`cargo install lychee`), the same links through lychee in the same run,
# and the ratio of its wall time to nas-lint's.
#
# Two kinds of links:
#   generic  pages spread over 20 loopback hosts (127.0.0.1..20), so that
#            per-host limits apply as on a real list; both tools HEAD/GET
#            each link once.
#   gh-pages / gh-token  github.com repository links, without a token (each
#            repository page, polite spacing on one host) and with one
#            (GitHub's GraphQL API, 100 repositories a query); nas-lint only.
#   arxiv    arxiv.org/abs links (remapped to a local server that speaks the
#            arXiv API and abstract pages): nas-lint batches 100 ids per API
#            request, one request every 3 s as arXiv asks; lychee fetches
#            each abstract page.
#
# Everything stays on this machine. Knobs (environment):
#   NAS_LINT_BENCH_SIZES=1000,5000        generic link counts
#   NAS_LINT_BENCH_ARXIV_SIZES=1000,5000  arXiv link counts
#   NAS_LINT_BENCH_GITHUB_SIZES=1000      repository counts
#   NAS_LINT_BENCH_ARXIV_INTERVAL_MS=3000 spacing of arXiv API requests
#   NAS_LINT_BENCH_HOSTS=20               loopback hosts for generic links
#   LYCHEE=/path/to/lychee                lychee binary (default: on PATH)
# Usage: bash scripts/bench-links.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if lychee_bin=$(command -v "${LYCHEE:-lychee}"); then
  export LYCHEE=$lychee_bin
  echo "lychee: $("$lychee_bin" --version)"
else
  echo "lychee: not installed (cargo install lychee); nas-lint only"
fi
echo "nas-lint: $(git rev-parse --short HEAD 2>/dev/null || echo unknown), release build"
echo

# The benchmark is an ignored test of tests/links.rs, so that it uses the
# same local servers as the tests; --test-threads 1 keeps it alone.
cargo test --release --quiet --test links -- --ignored --exact bench_links \
  --nocapture --test-threads 1 2>&1 |
  grep -vE '^(running [0-9]+ tests?|test bench_links .*|test result: .*|\.*)$'
