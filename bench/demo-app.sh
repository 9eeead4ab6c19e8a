# Sourced by the single-scenario scripts (journal.sh, signed-in.sh): the app started in Release and the Production
# environment on loopback, stopped when the script exits, and the demo teacher's bearer token.

# start_app BIN BASE LOG ARGS… — runs the built app at BASE with ARGS (the database) and waits for /health.
start_app() {
  local bin=$1 base=$2 log=$3
  shift 3
  (cd "$bin" && ASPNETCORE_ENVIRONMENT=Production exec dotnet Parta.Web.dll --urls "$base" "$@" --Logging:LogLevel:Default=Warning) \
    > "$log" 2>&1 &
  app=$!
  trap 'kill "$app" 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -fsS "$base/health" > /dev/null 2>&1 && return
    sleep 1
  done
  echo "The app did not answer at $base/health: see $log" >&2
  return 1
}

# demo_token BASE — a bearer token of the demo teacher.
demo_token() {
  curl -fsS -X POST "$1/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"login":"teacher","password":"parta-demo"}' | jq -r .accessToken
}
