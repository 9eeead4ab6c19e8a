-- GET of the URL's own path, with a bearer token picked at random per request when a tokens file is given
-- (wrk ... URL -- [TOKENS_FILE]). Baselines /health (no token) and /api/v1/bench/hello, and the scenario /api/v1/me.
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
setup = common.setup
local tokens

function init(args)
  common.seed()
  if args[1] then
    tokens = common.records(args[1])
  end
end

function request()
  if tokens then
    return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. common.pick(tokens)[1] })
  end
  return wrk.format("GET")
end

function done(summary, latency, requests)
  common.report(summary, latency)
end
