-- Shared by the bench's wrk scripts (bench/run): the data files bench/run writes (one record a line, fields separated
-- by spaces) and the one JSON line every run prints at the end, which bench/run reads.
local common = {}

function common.records(path)
  local records = {}
  for line in io.lines(path) do
    local fields = {}
    for field in line:gmatch("%S+") do
      fields[#fields + 1] = field
    end
    if #fields > 0 then
      records[#records + 1] = fields
    end
  end
  assert(#records > 0, "no records in " .. path)
  return records
end

function common.pick(records)
  return records[math.random(#records)]
end

-- setup(thread) numbers the threads (the global "id" in each thread's Lua state).
local count = 0
function common.setup(thread)
  thread:set("id", count)
  count = count + 1
end

-- Each thread draws its own sequence (wrk starts every thread's Lua state alike).
function common.seed()
  math.randomseed(os.time() + 7919 * (id or 0))
end

-- wrk counts a status above 399 in errors.status; "non2xx" counts that (or, when the script saw every status itself,
-- what it counted). "errors" are the socket errors: connect, read, write and timeouts.
function common.report(summary, latency, extra)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local fields = {
    string.format('"requests":%d', summary.requests),
    string.format('"seconds":%.3f', seconds),
    string.format('"rps":%.1f', summary.requests / seconds),
    string.format('"p50_ms":%.3f', latency:percentile(50) / 1000),
    string.format('"p95_ms":%.3f', latency:percentile(95) / 1000),
    string.format('"p99_ms":%.3f', latency:percentile(99) / 1000),
    string.format('"errors":%d', e.connect + e.read + e.write + e.timeout),
    string.format('"non2xx":%d', (extra and extra.non2xx) or e.status),
  }
  for key, value in pairs(extra or {}) do
    if key ~= "non2xx" then
      fields[#fields + 1] = string.format('"%s":%s', key, tostring(value))
    end
  end
  io.write("BENCH {" .. table.concat(fields, ",") .. "}\n")
end

return common
