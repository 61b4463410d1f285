#!/usr/bin/env bash
# The test command: bash build/test.sh
#
# 1. makes PostgreSQL and Chromium available (build/scripts/install-test-deps.sh),
# 2. builds the plugin package (build/package.proj), which the packaging tests inspect,
# 3. runs every test in Nop.Plugin.Affiliates.Tracking.sln,
# 4. prints one summary line "tests: N passed, M failed, K skipped" (from the TRX report).
#
# Environment (defaults in brackets):
#   AFFILIATES_TEST_POSTGRES  PostgreSQL connection string [Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres];
#                             when set, install-test-deps.sh leaves PostgreSQL alone
#   AFFILIATES_CHROMIUM       Chromium executable for the browser tests [/usr/bin/chromium]
#   CI=true                   tests that need PostgreSQL fail instead of being skipped when it is unreachable
# Extra arguments are passed to "dotnet test" (e.g. --filter "FullyQualifiedName~Packaging").
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash build/scripts/install-test-deps.sh

export AFFILIATES_TEST_POSTGRES="${AFFILIATES_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres}"
export AFFILIATES_CHROMIUM="${AFFILIATES_CHROMIUM:-/usr/bin/chromium}"

echo "== package: dotnet build build/package.proj -c Release"
dotnet build build/package.proj -c Release

results_dir="artifacts/test-results"
rm -rf "$results_dir"

echo "== test: dotnet test Nop.Plugin.Affiliates.Tracking.sln -c Release"
test_rc=0
dotnet test Nop.Plugin.Affiliates.Tracking.sln -c Release \
  --logger "trx;LogFileName=results.trx" \
  --logger "console;verbosity=normal" \
  --results-directory "$results_dir" \
  --blame-hang-timeout 10m --blame-hang-dump-type none \
  "$@" || test_rc=$?

# Sum the ResultSummary/Counters of every TRX file (one per test project).
counter() { # counter <attribute> <file>
  sed -n 's/.*<Counters\([^>]*\)>.*/\1/p' "$2" | head -n 1 \
    | sed -n "s/.*[[:space:]]$1=\"\([0-9]*\)\".*/\1/p"
}

passed=0 failed=0 skipped=0 trx_count=0
while IFS= read -r trx; do
  [ -n "$trx" ] || continue
  trx_count=$((trx_count + 1))
  for attr in passed failed error timeout aborted notExecuted; do
    value="$(counter "$attr" "$trx")"
    value="${value:-0}"
    case "$attr" in
      passed) passed=$((passed + value)) ;;
      failed|error|timeout|aborted) failed=$((failed + value)) ;;
      notExecuted) skipped=$((skipped + value)) ;;
    esac
  done
done < <(find "$results_dir" -name '*.trx' -type f 2>/dev/null | sort)

echo "tests: $passed passed, $failed failed, $skipped skipped"

if [ "$trx_count" -eq 0 ]; then
  echo "test.sh: no TRX report in $results_dir (dotnet test exit code $test_rc)" >&2
  exit 1
fi
if [ "$test_rc" -ne 0 ]; then
  echo "test.sh: dotnet test failed (exit code $test_rc)" >&2
  exit "$test_rc"
fi
if [ "$failed" -ne 0 ]; then
  exit 1
fi
if [ $((passed + failed)) -eq 0 ]; then
  echo "test.sh: no tests ran" >&2
  exit 1
fi
