-- POST /api/leads with a new lead each time, as the sales reps whose tokens TOKENS lists (comma-separated).
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
local tokens = {}
for t in string.gmatch(os.getenv("TOKENS"), "[^,]+") do table.insert(tokens, t) end
local threads = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
local counter = 0
local prefix
function init(args) prefix = os.getenv("RUN") .. "-" .. id end
function request()
  counter = counter + 1
  local n = prefix .. "-" .. counter
  local body = '{"topic":"Bench lead ' .. n .. '","firstName":"Ana","lastName":"Load","companyName":"Bench Co ' .. n
    .. '","email":"lead-' .. n .. '@bench.example","estimatedValue":{"amount":"12500.00","currency":"EUR"},"rating":"WARM"}'
  return wrk.format("POST", "/api/leads", {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[(counter + id) % #tokens + 1]}, body)
end
function done(summary, latency, requests) report(summary, latency) end
