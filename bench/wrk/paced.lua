-- wrk script for bench/run-analytics: like report.lua, but each connection waits
-- WRK_PACE_MS milliseconds (default 2) after each answer before its next request,
-- so the load is a steady stream of other traffic rather than a saturating one.
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")

local pace = tonumber(os.getenv("WRK_PACE_MS") or "2")

delay = function()
    return pace
end
