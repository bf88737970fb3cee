-- wrk script for bench/run-instances: a mix of the desktop apps' reads and writes.
-- Environment: BENCH_TOKEN (an admin's access token), BENCH_JOBS (job ids whose chat
-- takes messages, comma separated), BENCH_WRITES (share of writes, 0..1),
-- BENCH_EVENTS_AFTER (an event id some way behind the log's end: a reconnecting
-- app's catch-up). Reports through report.lua (non-2xx answers included).
local dir = debug.getinfo(1, "S").source:match("@(.*/)") or "./"
dofile(dir .. "report.lua")

local token = os.getenv("BENCH_TOKEN")
local writes = tonumber(os.getenv("BENCH_WRITES") or "0.1")
local after = tonumber(os.getenv("BENCH_EVENTS_AFTER") or "0")
local jobs = {}
for id in string.gmatch(os.getenv("BENCH_JOBS") or "", "%d+") do
    jobs[#jobs + 1] = id
end
local n = 0

init = function(args)
    -- Each thread its own sequence: the same seed would send every thread the same mix.
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

request = function()
    n = n + 1
    local headers = { ["Authorization"] = "Bearer " .. token }
    local job = jobs[math.random(#jobs)]
    if math.random() < writes then
        -- Writes that succeed every time: a chat message on an open job, a new job.
        headers["Content-Type"] = "application/json"
        if math.random() < 0.5 then
            return wrk.format("POST", "/api/v1/jobs/" .. job .. "/messages", headers,
                '{"body":"Progress note ' .. n .. ': the first half is done, the rest by tonight."}')
        end
        return wrk.format("POST", "/api/v1/jobs", headers,
            '{"title":"Bench job ' .. n .. '","description":"Made by the instances benchmark."}')
    end
    -- Reads: the job board's first page, one job, its chat, the event log's catch-up
    -- (200 events after a fixed id: the same work on every engine).
    local r = math.random()
    if r < 0.4 then
        return wrk.format("GET", "/api/v1/jobs?limit=50", headers)
    elseif r < 0.7 then
        return wrk.format("GET", "/api/v1/jobs/" .. job, headers)
    elseif r < 0.85 then
        return wrk.format("GET", "/api/v1/jobs/" .. job .. "/messages?limit=50", headers)
    end
    return wrk.format("GET", "/api/v1/events?after=" .. after .. "&limit=200", headers)
end
