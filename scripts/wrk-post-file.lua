-- wrk script: POST the file named by the WRK_BODY environment variable as text/plain.
-- usage: WRK_BODY=file.sip wrk -t2 -c32 -d30s --latency -s scripts/wrk-post-file.lua http://localhost:8080/api/decode
local f = assert(io.open(os.getenv("WRK_BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain; charset=UTF-8"
