-- A class's journal for a period: a random line of ASSIGNMENTS_FILE (token teachingAssignmentId periodId) per request.
-- wrk ... URL -- ASSIGNMENTS_FILE
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
setup = common.setup
local assignments

function init(args)
  common.seed()
  assignments = common.records(args[1])
end

function request()
  local a = common.pick(assignments)
  return wrk.format("GET", "/api/v1/teaching-assignments/" .. a[2] .. "/journal?periodId=" .. a[3],
    { ["Authorization"] = "Bearer " .. a[1] })
end

function done(summary, latency, requests)
  common.report(summary, latency)
end
