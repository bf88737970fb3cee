-- wrk script for bench/run-instances: a mix of the desktop apps' reads and writes.
-- Environment: BENCH_TOKEN (an admin's access token), BENCH_JOBS (job ids, comma
-- separated), BENCH_WRITES (share of writes, 0..1). Reports through report.lua.
local dir = debug.getinfo(1, "S").source:match("@(.*/)") or "./"
dofile(dir .. "report.lua")

local token = os.getenv("BENCH_TOKEN")
local writes = tonumber(os.getenv("BENCH_WRITES") or "0.1")
local jobs = {}
for id in string.gmatch(os.getenv("BENCH_JOBS") or "", "%d+") do
    jobs[#jobs + 1] = id
end
local n = 0

init = function(args)
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

request = function()
    n = n + 1
    local headers = { ["Authorization"] = "Bearer " .. token }
    local job = jobs[math.random(#jobs)]
    if math.random() < writes then
        headers["Content-Type"] = "application/json"
        if math.random() < 0.5 then
            return wrk.format("POST", "/api/v1/jobs/" .. job .. "/messages", headers,
                '{"body":"Progress note ' .. n .. ': the first half is done, the rest by tonight."}')
        end
        return wrk.format("POST", "/api/v1/jobs", headers,
            '{"title":"Bench job ' .. n .. '","description":"Made by the instances benchmark."}')
    end
    local r = math.random()
    if r < 0.5 then
        return wrk.format("GET", "/api/v1/jobs?limit=50", headers)
    elseif r < 0.8 then
        return wrk.format("GET", "/api/v1/jobs/" .. job, headers)
    end
    return wrk.format("GET", "/api/v1/jobs/" .. job .. "/messages?limit=50", headers)
end
