#!/usr/bin/env bash
# Runs the test suites on a deliberately busy machine: two processes burn a core each (this
# kind of machine has 2 cores, and CI machines are shared), then the unit suite runs three times
# and the e2e suite once. Live tests assert order, structure and causality, and compare a time
# only with a baseline measured beside it, so every run must pass however busy the machine is.
#
#   scripts/stress.sh              # burners + 3 unit runs + 1 e2e run
#   scripts/stress.sh --unit-only  # burners + 3 unit runs
#
# Env: STRESS_BURNERS (default 2), STRESS_UNIT_RUNS (default 3).
# Prints pass/fail per run and exits non-zero if any run failed.
set -uo pipefail

cd "$(dirname "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")")"

burners="${STRESS_BURNERS:-2}"
unit_runs="${STRESS_UNIT_RUNS:-3}"
with_e2e=1
for arg in "$@"; do
  case "$arg" in
    --unit-only) with_e2e=0 ;;
    *)
      echo "stress: unknown argument '$arg' (only --unit-only is accepted)" >&2
      exit 2
      ;;
  esac
done

# The burners are ours alone: each is killed by its own PID, whatever way this script ends.
burner_pids=()
stop_burners() {
  for pid in "${burner_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${burner_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  burner_pids=()
}
trap stop_burners EXIT
trap 'exit 130' INT TERM

for ((i = 0; i < burners; i += 1)); do
  node -e 'for (;;) {}' &
  burner_pids+=("$!")
done
echo "stress: ${#burner_pids[@]} CPU burners running (PIDs ${burner_pids[*]}); load: $(cut -d' ' -f1-3 /proc/loadavg)"

results=()
failed=0
record() { # name, exit code
  if [[ "$2" -eq 0 ]]; then
    results+=("PASS  $1")
  else
    results+=("FAIL  $1 (exit $2)")
    failed=1
  fi
  echo "stress: ${results[-1]}; load: $(cut -d' ' -f1-3 /proc/loadavg)"
}

for ((run = 1; run <= unit_runs; run += 1)); do
  echo "stress: unit run $run of $unit_runs"
  npx vitest run
  record "unit run $run of $unit_runs (npx vitest run)" "$?"
done

if [[ "$with_e2e" -eq 1 ]]; then
  # The e2e suite serves on ports 4173/4174 and builds dist/: one suite at a time on this machine.
  echo "stress: e2e run (waiting for /tmp/overlap-e2e.lock)"
  flock /tmp/overlap-e2e.lock npm run test:e2e
  record "e2e run (npm run test:e2e)" "$?"
fi

stop_burners
echo
echo "stress summary (${burners} burners):"
printf '  %s\n' "${results[@]}"
exit "$failed"
