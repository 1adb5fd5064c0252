-- The same request again and again: METHOD PATH_TO with the body in BODY_FILE (if given), as the callers whose
-- tokens TOKENS lists (comma-separated), taken in turn.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
local body = nil
if os.getenv("BODY_FILE") then
  local f = io.open(os.getenv("BODY_FILE"), "r"); body = f:read("*a"); f:close()
end
local requests = {}
for t in string.gmatch(os.getenv("TOKENS"), "[^,]+") do
  local headers = {["Authorization"] = "Bearer " .. t}
  if body then headers["Content-Type"] = "application/json" end
  table.insert(requests, wrk.format(os.getenv("METHOD"), os.getenv("PATH_TO"), headers, body))
end
local counter = 0
function request()
  counter = counter + 1
  return requests[counter % #requests + 1]
end
function done(summary, latency, requests) report(summary, latency) end
