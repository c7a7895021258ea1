-- Drives the iaclsp setup of Docs/editors.md in a headless Neovim: diagnostics, a quick fix, fix-all and a
-- create-file fix on a copy of Docs/sample. Run by Scripts/test-editors; prints "ok: ..." or "FAIL: ..." lines
-- and exits 1 on a failure.
local sample = os.getenv("IACLSP_SAMPLE")
local failures = 0
local function check(ok, what)
  io.stdout:write((ok and "ok: " or "FAIL: ") .. what .. "\n")
  if not ok then failures = failures + 1 end
end

local function wait_for(buf, predicate)
  return vim.wait(30000, function() return predicate(vim.diagnostic.get(buf)) end, 100)
end

local function has_code(diagnostics, code)
  for _, d in ipairs(diagnostics) do
    if d.code == code then return d end
  end
  return nil
end

local function client_for(buf)
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf }) or vim.lsp.buf_get_clients(buf)
  for _, client in pairs(clients) do
    if client.name == "iaclsp" then return client end
  end
end

-- The actions for a range (or the whole buffer), resolved when the client must fetch their edits.
local function actions(buf, range, only)
  local client = client_for(buf)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = range,
    context = { diagnostics = {}, only = only },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 30000) or {}
  local result = {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      if not action.edit and action.data then
        local resolved
        if vim.fn.has("nvim-0.11") == 1 then
          resolved = client:request_sync("codeAction/resolve", action, 30000, buf)
        else
          resolved = client.request_sync("codeAction/resolve", action, 30000, buf)
        end
        if resolved and resolved.result then action = resolved.result end
      end
      table.insert(result, action)
    end
  end
  return result, client
end

local function apply(action, client)
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
end

local function text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
end

-- Diagnostics and a quick fix in TypeScript.
vim.cmd("edit " .. sample .. "/cdk-typescript/lib/portfolio-stack.ts")
local ts = vim.api.nvim_get_current_buf()
check(wait_for(ts, function(d) return has_code(d, "IAC101") ~= nil end), "diagnostics in portfolio-stack.ts (IAC101)")
local deprecated = has_code(vim.diagnostic.get(ts), "IAC101")
if deprecated then
  local position = { line = deprecated.lnum, character = deprecated.col }
  local list, client = actions(ts, { start = position, ["end"] = position }, { "quickfix" })
  -- The move to origin access control adds resources, so it is offered but not marked preferred.
  local fix
  for _, action in ipairs(list) do
    if action.title:find("S3BucketOrigin") and not action.title:find("Ignore") then fix = action end
  end
  check(fix ~= nil, "a quick fix for IAC101")
  if fix then
    apply(fix, client)
    check(text(ts):find("S3BucketOrigin") ~= nil, "the quick fix replaced S3Origin")
  end
end

-- Fix-all in Python.
vim.cmd("edit " .. sample .. "/cdk-python/lib/tap_stack.py")
local py = vim.api.nvim_get_current_buf()
check(wait_for(py, function(d) return has_code(d, "IAC102") ~= nil end), "diagnostics in tap_stack.py (IAC102)")
local whole = { start = { line = 0, character = 0 }, ["end"] = { line = vim.api.nvim_buf_line_count(py), character = 0 } }
local list, client = actions(py, whole, { "source.fixAll.iaclsp" })
check(#list == 1 and list[1].edit ~= nil, "one source.fixAll.iaclsp action with an edit")
if list[1] and list[1].edit then
  apply(list[1], client)
  local fixed = text(py)
  check(fixed:find("aws_logs as logs", 1, true) ~= nil and fixed:find("= logs.LogGroup(", 1, true) ~= nil
    and fixed:find("lambda_.LogGroup(", 1, true) == nil, "fix-all moved LogGroup from lambda_ to aws_logs")
end

-- A fix that creates a file: cdk.json runs tap.py, which does not exist (IAC502).
vim.cmd("edit " .. sample .. "/cdk-python/cdk.json")
local json = vim.api.nvim_get_current_buf()
check(wait_for(json, function(d) return has_code(d, "IAC502") ~= nil end), "diagnostics in cdk.json (IAC502)")
local missing = has_code(vim.diagnostic.get(json), "IAC502")
if missing then
  local position = { line = missing.lnum, character = missing.col }
  local found, json_client = actions(json, { start = position, ["end"] = position }, { "quickfix" })
  local create
  for _, action in ipairs(found) do
    for _, change in ipairs((action.edit or {}).documentChanges or {}) do
      if change.kind == "create" then create = action end
    end
  end
  check(create ~= nil, "a quick fix that creates tap.py")
  if create then
    apply(create, json_client)
    vim.cmd("silent! wall")
    local created = io.open(sample .. "/cdk-python/tap.py", "r")
    local contents = created and created:read("*a") or ""
    if created then created:close() end
    check(contents:find("synth") ~= nil, "tap.py was created with an app that synthesizes")
  end
end

vim.cmd((failures == 0) and "qall!" or "cquit! 1")
