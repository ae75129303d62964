-- Headless Neovim (0.7+) check of the standalone language server: start `node dist/server.js --stdio`
-- as an LSP client would, open each FILE, ask textDocument/hover at the first occurrence of NEEDLE
-- and require the hover text to contain EXPECTED (plain text, not a pattern).
--
-- usage: nvim --headless --clean -u NONE -n -i NONE -c 'luafile test/editor/nvim/hover.lua' -- \
--          OUT FILE NEEDLE EXPECTED [FILE NEEDLE EXPECTED ...]
--        OUT receives one line per hover (PASS/FAIL + the hover text); exit 0 when every hover passed.
-- env:   STATUS_CATALOG_FROM_CONFIG=1  do not start a client: the user's init.lua (the README snippet) does
--        STATUS_CATALOG_SERVER    the server command's script (default: dist/server.js of this repository)
--        STATUS_CATALOG_SETTINGS  JSON of the `statusCatalog` settings section, e.g. {"catalogs":["bms"]};
--                                 sent as initializationOptions (Neovim 0.7 neither advertises nor sends
--                                 workspace configuration) and as `settings` (answered on 0.8+)
--
-- Neovim 0.7 has no vim.lsp.start() (0.8+): one client from vim.lsp.start_client(), attached to each
-- buffer from a FileType autocmd, which is what a user's config does.
local argv = vim.v.argv
local first
for i, a in ipairs(argv) do
  if a == '--' then first = i + 1 end
end
local out = argv[first]
local checks = {}
for i = first + 1, #argv, 3 do
  table.insert(checks, { file = vim.fn.fnamemodify(argv[i], ':p'), needle = argv[i + 1], expected = argv[i + 2] })
end

local report = {}
local function finish(ok)
  local f = assert(io.open(out, 'w'))
  f:write(table.concat(report, '\n'), '\n')
  f:close()
  io.stdout:write(table.concat(report, '\n'), '\n')
  vim.cmd(ok and 'qall!' or 'cquit! 1')
end

vim.cmd('filetype on')
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local server = os.getenv('STATUS_CATALOG_SERVER') or vim.fn.fnamemodify(here .. '/../../../dist/server.js', ':p')
local raw_settings = os.getenv('STATUS_CATALOG_SETTINGS')
local section = raw_settings and vim.fn.json_decode(raw_settings) or nil
local exit_code = nil
-- STATUS_CATALOG_FROM_CONFIG=1: the client comes from the user's configuration (the README's snippet, loaded as
-- init.lua with `-u`); this script only opens the files and waits for a client named status-catalog on each.
local from_config = os.getenv('STATUS_CATALOG_FROM_CONFIG') == '1'
local client_id
if not from_config then
  client_id = vim.lsp.start_client({
    name = 'status-catalog',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(checks[1].file, ':h'),
    init_options = section and { statusCatalog = section } or nil,
    settings = section and { statusCatalog = section } or {},
    on_exit = function(code) exit_code = code end,
  })
  if not client_id then
    table.insert(report, 'FAIL: vim.lsp.start_client returned nil')
    return finish(false)
  end
  vim.api.nvim_create_autocmd('FileType', {
    pattern = { 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'json', 'jsonc' },
    callback = function(ev) vim.lsp.buf_attach_client(ev.buf, client_id) end,
  })
  local ready = vim.wait(15000, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return exit_code ~= nil or (client ~= nil and client.initialized == true)
  end, 50)
  if exit_code ~= nil or not ready then
    table.insert(report, 'FAIL: server did not initialize (exit code ' .. tostring(exit_code) .. ')')
    return finish(false)
  end
end

--- The status-catalog client attached to a buffer once it has initialized, within 15 s; nil if none.
local function attached_client(bufnr)
  local found
  vim.wait(15000, function()
    for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
      if client.name == 'status-catalog' and client.initialized then found = client end
    end
    return found ~= nil
  end, 50)
  return found
end

--- The hover's text, however the server shaped `contents` (MarkupContent, MarkedString or a list).
local function contents_text(contents)
  if type(contents) == 'string' then return contents end
  if contents.value then return contents.value end
  local parts = {}
  for _, c in ipairs(contents) do table.insert(parts, contents_text(c)) end
  return table.concat(parts, '\n')
end

local all_ok = true
for _, check in ipairs(checks) do
  vim.cmd('edit ' .. vim.fn.fnameescape(check.file))
  local bufnr = vim.api.nvim_get_current_buf()
  local name = vim.fn.fnamemodify(check.file, ':t') .. ' (filetype ' .. vim.bo[bufnr].filetype .. ')'
  -- Position of the needle: 0-based line, and its byte column, which equals the UTF-16 column on
  -- the ASCII lines the fixtures use.
  if from_config and not attached_client(bufnr) then
    table.insert(report, 'FAIL ' .. name .. ': no status-catalog client attached by the configuration')
    all_ok = false
  else
    local pos = vim.fn.searchpos('\\V' .. vim.fn.escape(check.needle, '\\'), 'cw')
    if pos[1] == 0 then
      table.insert(report, 'FAIL ' .. name .. ': "' .. check.needle .. '" not found')
      all_ok = false
    else
      local params = {
        textDocument = { uri = vim.uri_from_bufnr(bufnr) },
        position = { line = pos[1] - 1, character = pos[2] - 1 },
      }
      local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000)
      local text = nil
      for _, response in pairs(responses or {}) do
        if response.result and response.result.contents then text = contents_text(response.result.contents) end
        if response.err then err = vim.inspect(response.err) end
      end
      local at = string.format('%s %d:%d', name, params.position.line, params.position.character)
      if text and text:find(check.expected, 1, true) then
        table.insert(report, 'PASS ' .. at .. ' hover:\n' .. text)
      else
        table.insert(report, 'FAIL ' .. at .. ': expected "' .. check.expected .. '" in hover, got: '
          .. tostring(text) .. (err and (' error: ' .. tostring(err)) or ''))
        all_ok = false
      end
    end
  end
end
finish(all_ok)
