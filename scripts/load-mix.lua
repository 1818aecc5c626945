-- The request mix of scripts/load-test.sh, for wrk (-s scripts/load-mix.lua).
--
-- By weight (the fourth column below), 20 of 34 requests go to the query API (lists, search,
-- autocomplete, entity, neighbourhood, timeline, stats, paths), 8 to SPARQL (competency
-- questions and the full-text example read from src/main/resources/queries/, sent as
-- GET /sparql?query=… with Accept: application/sparql-results+json) and 6 to entity pages
-- (/id/… with Accept: text/html). The ids are the ones the tests use, plus the lyceum that the
-- writer of load-test.sh changes while the load runs.
--
-- Each thread walks the weighted list in order from its own starting point, so the mix is exact.
-- done() prints wrk's requests/s and latency percentiles, the status codes by class and by code,
-- the socket errors, and one machine-readable line starting with "RESULT" for load-test.sh.
-- The repository root is taken from the environment (LOAD_ROOT), or the working directory.

local root = os.getenv("LOAD_ROOT") or "."

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function read(path)
  local file = assert(io.open(root .. "/" .. path, "r"), "cannot read " .. root .. "/" .. path)
  local text = file:read("*a")
  file:close()
  return text
end

local JSON_RESULTS = "application/sparql-results+json"
local HTML = "text/html"

-- { kind, path, accept, weight }
local catalogue = {
  { "api", "/api/cities", nil, 2 },
  { "api", "/api/organizations?kind=school", nil, 2 },
  { "api", "/api/events?city=ivanovo&limit=50", nil, 2 },
  { "api", "/api/people?role=director", nil, 1 },
  { "api", "/api/search?q=" .. urlencode("Иванове"), nil, 2 },
  { "api", "/api/search?mode=autocomplete&limit=10&q=" .. urlencode("Сит"), nil, 2 },
  { "api", "/api/entities/school/ivanovo-56", nil, 2 },
  { "api", "/api/entities/person/sitnova-elena-vladimirovna", nil, 1 },
  { "api", "/api/entities/school/kineshma-lyceum-7", nil, 1 },
  { "api", "/api/graph/school/ivanovo-56?depth=2", nil, 1 },
  { "api", "/api/timeline?city=ivanovo", nil, 1 },
  { "api", "/api/stats", nil, 1 },
  { "api", "/api/paths?from=person/sitnova-elena-vladimirovna&to=school/moscow-1286", nil, 2 },
  { "sparql", "queries/competency/cq1-magnitogorsk-schools.rq", JSON_RESULTS, 2 },
  { "sparql", "queries/competency/cq2-ivanovo-events.rq", JSON_RESULTS, 2 },
  { "sparql", "queries/competency/cq4-named-people-roles.rq", JSON_RESULTS, 2 },
  { "sparql", "queries/competency/cq8-entities-per-source.rq", JSON_RESULTS, 1 },
  { "sparql", "queries/examples/full-text-search.rq", JSON_RESULTS, 1 },
  { "page", "/id/school/ivanovo-56", HTML, 2 },
  { "page", "/id/person/sitnova-elena-vladimirovna", HTML, 2 },
  { "page", "/id/city/ivanovo", HTML, 1 },
  { "page", "/id/school/kineshma-lyceum-7", HTML, 1 },
}

-- Built in init(), once per thread: only then does wrk know the host for the Host header.
local requests = {}

function init(args)
  for _, entry in ipairs(catalogue) do
    local kind, path, accept, weight = entry[1], entry[2], entry[3], entry[4]
    if kind == "sparql" then
      path = "/sparql?query=" .. urlencode(read("src/main/resources/" .. path))
    end
    local headers = { ["Host"] = wrk.host .. ":" .. wrk.port }
    if accept then headers["Accept"] = accept end
    local text = wrk.format("GET", path, headers)
    for _ = 1, weight do
      table.insert(requests, { kind = kind, text = text })
    end
  end
end

-- Per thread (each has its own Lua state): where it is in the list and what it saw.
local position = 0
sent = { api = 0, sparql = 0, page = 0 }
statuses = {}

-- In the main state: the threads, to read their tallies in done().
local threads = {}

function setup(thread)
  thread:set("offset", #threads * 7)
  table.insert(threads, thread)
end

function request()
  local entry = requests[((position + (offset or 0)) % #requests) + 1]
  position = position + 1
  sent[entry.kind] = sent[entry.kind] + 1
  return entry.text
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, _)
  local kinds = { api = 0, sparql = 0, page = 0 }
  local codes = {}
  for _, thread in ipairs(threads) do
    for kind, n in pairs(thread:get("sent")) do kinds[kind] = kinds[kind] + n end
    for code, n in pairs(thread:get("statuses")) do codes[code] = (codes[code] or 0) + n end
  end
  local classes = { ["2xx"] = 0, ["3xx"] = 0, ["4xx"] = 0, ["5xx"] = 0, other = 0 }
  local list = {}
  for code, n in pairs(codes) do
    local class = (code >= 200 and code < 600) and (math.floor(code / 100) .. "xx") or "other"
    classes[class] = classes[class] + n
    table.insert(list, code)
  end
  table.sort(list)
  local byCode = {}
  for _, code in ipairs(list) do table.insert(byCode, code .. "=" .. codes[code]) end

  local seconds = summary.duration / 1e6
  local e = summary.errors
  local ms = function(p) return latency:percentile(p) / 1000 end
  print("")
  print(string.format("mix sent: api=%d sparql=%d page=%d", kinds.api, kinds.sparql, kinds.page))
  print(string.format("requests: %d in %.1f s = %.1f req/s", summary.requests, seconds, summary.requests / seconds))
  print(string.format("latency ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f", ms(50), ms(90), ms(99), latency.max / 1000))
  print(string.format("status: 2xx=%d 3xx=%d 4xx=%d 5xx=%d other=%d (%s)", classes["2xx"], classes["3xx"],
      classes["4xx"], classes["5xx"], classes.other, table.concat(byCode, " ")))
  print(string.format("socket errors: connect=%d read=%d write=%d timeout=%d", e.connect, e.read, e.write, e.timeout))
  print(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50=%.1f p90=%.1f p99=%.1f max=%.1f "
      .. "s2xx=%d s3xx=%d s4xx=%d s5xx=%d sother=%d api=%d sparql=%d page=%d "
      .. "connect=%d read=%d write=%d timeout=%d",
      summary.requests, seconds, summary.requests / seconds, ms(50), ms(90), ms(99), latency.max / 1000,
      classes["2xx"], classes["3xx"], classes["4xx"], classes["5xx"], classes.other,
      kinds.api, kinds.sparql, kinds.page, e.connect, e.read, e.write, e.timeout))
end
