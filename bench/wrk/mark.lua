-- Saving one mark: a random cell of CELLS_FILE (token assessmentId studentId) per request, without "expected"; each
-- cell alternates 5 and 4, so a save changes the value (a repeat of the same value would change nothing).
-- wrk ... URL -- CELLS_FILE
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
setup = common.setup
local cells
local last = {}

function init(args)
  common.seed()
  cells = common.records(args[1])
end

function request()
  local c = common.pick(cells)
  local key = c[2] .. "/" .. c[3]
  local value = last[key] == "5" and "4" or "5"
  last[key] = value
  return wrk.format("PUT", "/api/v1/assessments/" .. c[2] .. "/marks/" .. c[3],
    { ["Authorization"] = "Bearer " .. c[1], ["Content-Type"] = "application/json" },
    '{"value":"' .. value .. '"}')
end

function done(summary, latency, requests)
  common.report(summary, latency)
end
