# Helpers for bench/run: free ports, bounded waits, seeding over the API, nginx, wrk.
# shellcheck shell=bash

# free_port: prints a TCP port on 127.0.0.1 that nothing listens on right now.
# Bounded: at most 50 candidates. Callers still check that their bind worked.
free_port() {
    local i port
    for i in $(seq 50); do
        port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
        if command -v ss >/dev/null 2>&1; then
            ss -Hltn "sport = :$port" 2>/dev/null | grep -q . && continue
        fi
        # Nothing answers a connect: free (on loopback a refused connect is immediate).
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "no free port found on 127.0.0.1" >&2
    return 1
}

# wait_for SECONDS CMD...: runs CMD every 0.1 s until it succeeds, at most SECONDS.
# A CMD status of 2 means it cannot succeed any more: stop waiting.
wait_for() {
    local tries=$(( $1 * 10 )); shift
    local i rc
    for i in $(seq "$tries"); do
        rc=0
        "$@" || rc=$?
        [ "$rc" -eq 0 ] && return 0
        [ "$rc" -eq 2 ] && return 1
        sleep 0.1
    done
    return 1
}

# json_field KEY: reads one JSON object on stdin and prints the string value of a
# top-level KEY (enough for the login answer; no jq needed).
json_field() {
    sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -n 1
}

# jobs_curl_config COUNT URL TOKEN: prints a curl config (-K) that creates COUNT
# varied jobs with POST URL, one request each over one kept-alive connection.
jobs_curl_config() (
    local count="$1" url="$2" token="$3"
    export TZ=UTC
    local titles=(
        "Logo refresh for" "Enter supplier invoices for" "Market scan for"
        "Retouch product photos for" "Khmer captions for" "Clean the CRM export of"
        "Mascot sketches for" "Transcribe interviews for" "Blog series for"
        "Pricing table for" "Translate the menu of" "Icon set for"
    )
    local clients=(
        "Mekong Coffee" "Tonle Tours" "Kampot Pepper" "Riverside Cafe" "Angkor Kids"
        "Takeo Solar" "Siem Reap Crafts" "Phnom Penh Logistics" "Battambang Rice Co"
    )
    local categories=(Design "Data entry" Research Design Translation "Data entry"
        Design Transcription Writing Research Translation Design)
    local skills=(logo-design data-entry research photo-editing translation-km
        spreadsheets illustration transcription copywriting research translation-km
        illustration)
    local urgencies=(low normal normal high normal critical)
    local now i t c u first second due description
    now=$(date +%s)
    for (( i = 1; i <= count; i++ )); do
        t=$(( i % ${#titles[@]} ))
        c=$(( (i * 7) % ${#clients[@]} ))
        u=$(( i % ${#urgencies[@]} ))
        first="{\\\"skill\\\":\\\"${skills[$t]}\\\",\\\"minLevel\\\":$(( 1 + i % 5 ))}"
        second=""
        (( i % 3 == 0 )) && second=",{\\\"skill\\\":\\\"spreadsheets\\\",\\\"minLevel\\\":$(( 1 + i % 3 ))}"
        printf -v due '%(%Y-%m-%dT%H:%M:%SZ)T' $(( now + 3600 * (6 + (i * 37) % 1400) ))
        description="Batch $i for ${clients[$c]}. The brief, the source files and the acceptance notes are attached; ask the coordinator before changing the scope. Deliver in the shared folder and log your time against this job."
        (( i > 1 )) && echo next
        cat <<CFG
url = "$url"
header = "Authorization: Bearer $token"
header = "Content-Type: application/json"
data = "{\"title\":\"${titles[$t]} ${clients[$c]} #$i\",\"description\":\"$description\",\"clientRef\":\"CL-$(( 2000 + i ))\",\"category\":\"${categories[$t]}\",\"requiredSkills\":[$first$second],\"urgency\":\"${urgencies[$u]}\",\"estimateMinutes\":$(( 30 * (1 + (i * 13) % 48) )),\"dueAt\":\"$due\"}"
output = "/dev/null"
write-out = "%{http_code}\n"
CFG
    done
)

# nginx_conf DIR PORT: prints a minimal nginx.conf serving DIR/www on 127.0.0.1:PORT,
# every file as application/json, with keep-alive and no logs.
nginx_conf() {
    local dir="$1" port="$2"
    cat <<CONF
daemon off;
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log error;

events {
    worker_connections 1024;
}

http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65s;
    keepalive_requests 1000000;
    server_tokens off;
    client_body_temp_path $dir/nginx-tmp/body;
    proxy_temp_path $dir/nginx-tmp/proxy;
    fastcgi_temp_path $dir/nginx-tmp/fastcgi;
    uwsgi_temp_path $dir/nginx-tmp/uwsgi;
    scgi_temp_path $dir/nginx-tmp/scgi;

    server {
        listen 127.0.0.1:$port;
        root $dir/www;
        location / {
            types { }
            default_type application/json;
        }
    }
}
CONF
}

# proc_jiffies PID...: user+system CPU time of the processes, threads included, in
# clock ticks.
proc_jiffies() {
    local p v sum=0
    for p in "$@"; do
        v=$(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)
        sum=$(( sum + v ))
    done
    echo "$sum"
}

# machine_jiffies: prints "BUSY TOTAL" clock ticks of all cores since boot. BUSY is the
# time in processes (user, nice, system): interrupt time, much of it the loopback
# traffic of the benchmark itself, is not counted as anyone's.
machine_jiffies() {
    awk '/^cpu / { t = 0; for (i = 2; i <= 9; i++) t += $i; print $2 + $3 + $4, t }' /proc/stat
}

# shellcheck disable=SC2153 # TOKEN, like the other settings, is bench/run's global.
# run_wrk NAME URL OUTFILE PID...: runs wrk with the shared settings (globals
# WRK_THREADS, WRK_CONNECTIONS, DURATION, TOKEN, BENCH_DIR) and keeps its full report in
# OUTFILE. Appends a CPU line to it: the CPU time the measured processes (PID...) and
# wrk used, and the share of the machine that other processes used meanwhile.
run_wrk() {
    local name="$1" url="$2" out="$3"; shift 3
    local busy0 total0 busy1 total1 proc0 proc1 tick wrk_ticks rc=0
    log "wrk: $name, -t$WRK_THREADS -c$WRK_CONNECTIONS -d${DURATION}s --latency"
    tick=$(getconf CLK_TCK)
    read -r busy0 total0 < <(machine_jiffies)
    proc0=$(proc_jiffies "$@")
    # The subshell's `times` reports the CPU time of its finished children: wrk.
    (
        timeout $(( DURATION + 30 )) wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${DURATION}s" \
            --latency --timeout 5s -s "$BENCH_DIR/wrk/report.lua" \
            -H "Authorization: Bearer $TOKEN" "$url" >"$out" 2>&1 || exit $?
        times >"$out.times"
    ) || rc=$?
    proc1=$(proc_jiffies "$@")
    read -r busy1 total1 < <(machine_jiffies)
    if [ "$rc" -ne 0 ]; then
        cat "$out" >&2
        echo "wrk failed against $name (status $rc)" >&2
        return 1
    fi
    # Second line of `times`: children's user and system time, as 0m1.234s 0m0.056s.
    wrk_ticks=$(awk -v tick="$tick" 'NR == 2 {
        s = 0
        for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); s += a[1] * 60 + a[2] }
        printf "%.0f", s * tick }' "$out.times")
    awk -v tick="$tick" -v p=$(( proc1 - proc0 )) -v w="$wrk_ticks" \
        -v busy=$(( busy1 - busy0 )) -v total=$(( total1 - total0 )) 'BEGIN {
        other = busy - p - w; if (other < 0) other = 0
        printf "CPU target_ms=%.0f wrk_ms=%.0f other_pct=%.0f\n",
            1000 * p / tick, 1000 * w / tick, (total > 0 ? 100 * other / total : 0)
    }' >>"$out"
}

# bench_field FILE KEY: prints KEY's value from the BENCH line of a wrk report.
bench_field() {
    sed -n "s/^\(BENCH\|CPU\) .*\b$2=\([0-9.]*\).*/\2/p" "$1" | head -n 1
}

# busy_percent SECONDS: prints how much of the machine's CPU (all cores, 0-100) was in
# use over the next SECONDS, before the benchmark itself puts any load on it.
busy_percent() {
    local a b
    read -r -a a < <(sed -n 's/^cpu  //p' /proc/stat)
    sleep "$1"
    read -r -a b < <(sed -n 's/^cpu  //p' /proc/stat)
    # Fields: user nice system idle iowait irq softirq steal ...
    awk -v a="${a[*]}" -v b="${b[*]}" 'BEGIN {
        n = split(a, x, " "); split(b, y, " ")
        total = 0; for (i = 1; i <= n && i <= 8; i++) total += y[i] - x[i]
        busy = (y[1] - x[1]) + (y[2] - x[2]) + (y[3] - x[3])
        printf "%.0f", (total > 0 ? 100 * busy / total : 0)
    }'
}
