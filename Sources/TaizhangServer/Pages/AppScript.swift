/// The pages' one script, served as `/assets/app.js`: plain JavaScript, no framework, no module
/// loader. It fills the page from the JSON API and posts files to it; every text it shows from a
/// file goes in as text, never as HTML.
enum AppScript {
    static let source = #"""
'use strict';

// ---- small helpers -------------------------------------------------------------------------

const $ = (selector, root = document) => root.querySelector(selector);

/** Builds an element; strings become text nodes, never HTML. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'style') Object.assign(node.style, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

/** Calls the API; a 4xx/5xx answer becomes an Error whose message is the server's Chinese sentence. */
async function api(path, options = {}) {
  const response = await fetch(path, options);
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const error = new Error((body && body.error) || `请求失败（${response.status}）`);
    error.status = response.status;
    error.body = body;
    throw error;
  }
  return body;
}

function upload(path, files, field = 'file', extra = {}) {
  const form = new FormData();
  for (const file of files) form.append(field, file, file.name);
  for (const [key, value] of Object.entries(extra)) if (value !== null && value !== undefined) form.append(key, value);
  return api(path, { method: 'POST', body: form });
}

const severityName = { error: '错误', warning: '警告', info: '提示' };

/** `表1第12行“牵头部门”列`, `工作表“Sheet1”第5行`, `第10段`: where a finding points. */
function place(origin) {
  if (!origin) return '';
  let text = '';
  if (origin.table) text += `表${origin.table}`;
  if (origin.sheet) text += `工作表“${origin.sheet}”`;
  if (origin.row) text += `第${origin.row}行`;
  if (origin.paragraph) text += `第${origin.paragraph}段`;
  if (origin.column) text += `“${origin.column}”列`;
  return text;
}

function findingItem(finding, linkTasks) {
  const where = place(finding.origin);
  const item = el('li', { 'data-code': finding.code },
    el('span', { class: `sev ${finding.severity}`, text: severityName[finding.severity] || finding.severity }),
    finding.message,
    where ? el('span', { class: 'where', text: where }) : null);
  if (linkTasks && finding.task) {
    item.append(' ', el('a', { href: `#task-${finding.task}`, onclick: () => highlightTask(finding.task), text: `看第${finding.task}项` }));
  }
  return item;
}

function renderFindings(list, findings, linkTasks = false, limit = 200) {
  clear(list);
  if (!findings.length) { list.append(el('li', { class: 'muted', text: '没有发现问题。' })); return; }
  for (const finding of findings.slice(0, limit)) list.append(findingItem(finding, linkTasks));
  if (findings.length > limit) list.append(el('li', { class: 'muted', text: `还有 ${findings.length - limit} 条未列出。` }));
}

function highlightTask(seq) {
  for (const row of document.querySelectorAll('tr.target')) row.classList.remove('target');
  const row = document.getElementById(`task-${seq}`);
  if (row) { row.classList.add('target'); row.focus(); }
}

function setupDrop(id, onFiles) {
  const input = document.getElementById(id);
  const zone = document.getElementById(`${id}-zone`);
  input.addEventListener('change', () => { if (input.files.length) onFiles(Array.from(input.files)); input.value = ''; });
  zone.addEventListener('dragover', (event) => { event.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    const files = Array.from(event.dataTransfer.files);
    if (files.length) onFiles(input.multiple ? files : files.slice(0, 1));
  });
}

function status(id, text, isError = false) {
  const node = document.getElementById(id);
  node.textContent = text;
  node.classList.toggle('error', isError);
}

// ---- the table the pages work on -----------------------------------------------------------

const current = {
  table: new URLSearchParams(location.search).get('table') || remembered() || '',
  settings: null,
  tables: [],
};

function remembered() { try { return localStorage.getItem('taizhang.table'); } catch (e) { return null; } }

function choose(id) {
  current.table = id || '';
  try { localStorage.setItem('taizhang.table', current.table); } catch (e) { /* private mode */ }
  const url = new URL(location.href);
  if (current.table) url.searchParams.set('table', current.table); else url.searchParams.delete('table');
  history.replaceState(null, '', url);
  for (const link of document.querySelectorAll('header nav a, #next-returns, #next-progress')) {
    const target = new URL(link.getAttribute('href'), location.href);
    if (current.table && link.dataset.step !== 'align') target.searchParams.set('table', current.table);
    link.setAttribute('href', target.pathname + target.search);
  }
  const select = $('#table-select');
  if (select) select.value = current.table;
}

async function loadTables() {
  const answer = await api('/api/tables');
  current.tables = answer.tables;
  const select = $('#table-select');
  if (select) {
    clear(select).append(el('option', { value: '', text: '（未选择）' }));
    for (const table of answer.tables) select.append(el('option', { value: table.id, text: tableLabel(table) }));
    if (current.table && !answer.tables.some((t) => t.id === current.table)) current.table = '';
    select.value = current.table;
  }
  return answer.tables;
}

function tableLabel(table) { return table.title || table.file || table.id; }

// ---- 1 下发 ----------------------------------------------------------------------------------

const issuePage = {
  async start() {
    setupDrop('table-file', (files) => this.uploadTable(files[0]));
    setupDrop('roster-file', (files) => this.uploadRoster(files[0]));
    $('#roster-add').addEventListener('click', () => this.addRosterRow());
    $('#roster-add-column').addEventListener('click', () => this.addRosterColumn());
    $('#roster-save').addEventListener('click', () => this.saveRoster());
    await this.refreshList();
    if (current.table) await this.show(current.table);
  },

  async refreshList() {
    const tables = await loadTables();
    const box = clear($('#tables-list'));
    if (!tables.length) { box.append(el('p', { class: 'muted', text: '工作文件夹中还没有分解表，请在上方上传。' })); return; }
    const body = el('tbody');
    for (const table of tables) {
      body.append(el('tr', { 'data-id': table.id },
        el('td', {}, el('button', { type: 'button', onclick: () => this.show(table.id), text: '打开' })),
        el('td', { text: tableLabel(table) }),
        el('td', { text: table.file || '' }),
        el('td', { class: 'num', text: table.tasks ?? '' }),
        el('td', { text: (table.added || '').replace('T', ' ').slice(0, 16) })));
    }
    box.append(el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ['', '标题', '文件', '任务数', '上传时间'].map((h) => el('th', { scope: 'col', text: h })))),
      body));
  },

  async uploadTable(file) {
    status('table-file-status', `正在读取“${file.name}”…`);
    try {
      const table = await upload('/api/tables', [file]);
      const problems = table.findings.filter((f) => f.severity !== 'info').length;
      status('table-file-status', `已读取“${file.name}”：${table.tasks.length} 项任务，${problems} 条问题。`);
      await this.refreshList();
      this.render(table);
    } catch (error) {
      status('table-file-status', `错误：${error.message}`, true);
    }
  },

  async show(id) {
    choose(id);
    try { this.render(await api(`/api/tables/${encodeURIComponent(id)}`)); }
    catch (error) { status('table-file-status', `错误：${error.message}`, true); }
  },

  render(table) {
    choose(table.id);
    const base = `/api/tables/${encodeURIComponent(table.id)}`;
    $('#table-view').hidden = false;
    $('#table-title').textContent = table.document.title || table.source.file;
    const meta = clear($('#table-meta'));
    const pairs = [['文件', table.source.file], ['文号', table.document.docNumber], ['发文机关', table.document.issuer],
      ['成文日期', table.document.date], ['年度', table.document.year], ['任务数', table.tasks.length],
      ['工作文件夹', table.files.folder], ['名册', table.files.roster || '从分解表推断']];
    for (const [name, value] of pairs) meta.append(el('dt', { text: name }), el('dd', { text: value ?? '（未写明）' }));
    $('#download-ledger').href = `${base}/ledger.xlsx`;
    $('#download-zip').href = `${base}/ledgers.zip`;

    $('#findings-count').textContent = table.findings.length;
    renderFindings($('#findings'), table.findings, true);
    const flagged = new Set(table.findings.map((f) => f.task).filter(Boolean));
    const body = clear($('#tasks tbody'));
    $('#tasks-count').textContent = table.tasks.length;
    for (const task of table.tasks) {
      const deadline = task.deadline.text ? task.deadline.text + (task.deadline.date ? `（${task.deadline.date}）` : '') : '';
      body.append(el('tr', { id: `task-${task.seq}`, tabindex: '-1', class: flagged.has(task.seq) ? 'has-finding' : null },
        el('td', { class: 'num', text: task.seq }),
        el('td', { text: task.section || '' }),
        el('td', { text: task.title || '' }),
        el('td', { text: task.leadText || '' }),
        el('td', { text: task.responsibleText || '' }),
        el('td', { text: task.requirement || '' }),
        el('td', { text: deadline }),
        el('td', { class: 'where', text: place(task.origin) })));
    }
    this.loadRoster();
  },

  roster: null,

  async loadRoster() {
    try { this.renderRoster(await api(`/api/tables/${encodeURIComponent(current.table)}/roster`)); }
    catch (error) { status('roster-status', `错误：${error.message}`, true); }
  },

  renderRoster(roster) {
    this.roster = roster;
    $('#roster-summary').textContent = `（${roster.units.length} 个单位，${roster.file ? '文件 ' + roster.file : '从分解表推断'}）`;
    const head = clear($('#roster-table thead'));
    head.append(el('tr', {}, ['单位名称', '别名（用、分隔）', '类别', ...roster.columns, ''].map((h) => el('th', { scope: 'col', text: h }))));
    const body = clear($('#roster-table tbody'));
    for (const unit of roster.units) body.append(this.rosterRow(unit));
  },

  rosterRow(unit) {
    const category = el('select', { 'aria-label': '类别' }, this.roster.categories.map((c) => el('option', { value: c, text: c })));
    category.value = unit.category;
    const row = el('tr', {},
      el('td', {}, el('input', { type: 'text', value: unit.name, 'aria-label': '单位名称' })),
      el('td', {}, el('input', { type: 'text', value: unit.aliases.join('、'), 'aria-label': '别名' })),
      el('td', {}, category),
      this.roster.columns.map((c, i) => el('td', {}, el('input', { type: 'text', value: unit.contacts[i] || '', 'aria-label': c }))),
      el('td', {}, el('button', { type: 'button', onclick: () => row.remove(), text: '删除' })));
    return row;
  },

  addRosterRow() {
    if (!this.roster) return;
    const row = this.rosterRow({ name: '', aliases: [], category: '县直部门', contacts: [] });
    $('#roster-table tbody').append(row);
    row.querySelector('input').focus();
  },

  addRosterColumn() {
    if (!this.roster) return;
    const name = prompt('联系列的名称（例如：联系人、联系电话）');
    if (!name || !name.trim()) return;
    const edited = this.editedRoster();
    edited.columns.push(name.trim());
    this.renderRoster({ ...this.roster, columns: edited.columns, units: edited.units.map((u) => ({ ...u, contacts: [...u.contacts, ''] })) });
  },

  editedRoster() {
    const units = [];
    for (const row of document.querySelectorAll('#roster-table tbody tr')) {
      const inputs = row.querySelectorAll('input');
      const name = inputs[0].value.trim();
      if (!name) continue;
      units.push({
        name,
        aliases: inputs[1].value.split(/[、,，;；\n]/).map((s) => s.trim()).filter(Boolean),
        category: row.querySelector('select').value,
        contacts: Array.from(inputs).slice(2).map((input) => input.value.trim()),
      });
    }
    return { columns: [...this.roster.columns], units };
  },

  async saveRoster() {
    status('roster-status', '正在保存…');
    try {
      const roster = await api(`/api/tables/${encodeURIComponent(current.table)}/roster`, {
        method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(this.editedRoster()),
      });
      this.renderRoster(roster);
      status('roster-status', `已保存为 ${roster.file}。`);
      this.render(await api(`/api/tables/${encodeURIComponent(current.table)}`));
    } catch (error) { status('roster-status', `错误：${error.message}`, true); }
  },

  async uploadRoster(file) {
    status('roster-file-status', `正在读取“${file.name}”…`);
    try {
      const roster = await upload(`/api/tables/${encodeURIComponent(current.table)}/roster`, [file]);
      status('roster-file-status', `已使用名册“${roster.file}”：${roster.units.length} 个单位。`);
      this.render(await api(`/api/tables/${encodeURIComponent(current.table)}`));
    } catch (error) { status('roster-file-status', `错误：${error.message}`, true); }
  },
};

// ---- 2 收回 ----------------------------------------------------------------------------------

function statusChips(statuses) {
  return el('div', { class: 'chips' }, Object.entries(statuses || {}).map(([name, count]) =>
    el('span', { class: 'chip', 'data-status': name }, name, el('b', { text: count }))));
}

function annotatedLink(file) {
  return el('a', { href: `/api/tables/${encodeURIComponent(current.table)}/annotated.xlsx?file=${encodeURIComponent(file)}`, text: '下载标注副本' });
}

const returnsPage = {
  async start() {
    if (!current.table) { $('#no-table').hidden = false; return; }
    $('#returns-view').hidden = false;
    setupDrop('return-files', (files) => this.uploadReturns(files));
    await this.refresh();
  },

  async uploadReturns(files) {
    status('return-files-status', `正在上传 ${files.length} 个文件…`);
    const box = clear($('#upload-results'));
    let answer;
    try {
      answer = await upload(`/api/tables/${encodeURIComponent(current.table)}/returns`, files);
    } catch (error) {
      if (!error.body || !error.body.returns) { status('return-files-status', `错误：${error.message}`, true); return; }
      answer = error.body;
    }
    const kept = answer.returns.filter((r) => r && !r.error).length;
    status('return-files-status', `已收下 ${kept} 个文件${kept < files.length ? `，${files.length - kept} 个未收下（见下方原因）` : ''}。`, kept < files.length);
    for (const result of answer.returns) if (result) box.append(this.card(result));
    await this.refresh();
  },

  card(result) {
    if (result.error) {
      return el('article', { class: 'card failed', 'data-file': result.file },
        el('h3', { text: result.file }), el('p', { class: 'error', text: `错误：${result.error}` }));
    }
    const findings = el('ul', { class: 'findings' });
    renderFindings(findings, result.findings, false, 30);
    const reporter = result.reporter || {};
    return el('article', { class: 'card', 'data-file': result.file, 'data-unit': result.unit || '' },
      el('h3', { text: result.file }),
      el('p', {}, el('strong', { text: result.unit || '（未能确定单位）' }),
        result.evidence ? el('span', { class: 'muted', text: `（依据：${result.evidence}）` }) : null,
        result.counted ? ' · 计入汇总' : el('span', { class: 'error', text: ' · 未计入（该单位另有较新的一份）' })),
      result.stored && result.stored !== result.file ? el('p', { class: 'muted', text: `同名文件已存在，另存为“${result.stored}”。` }) : null,
      el('p', { class: 'muted', text: `填报人：${reporter.name || '未填'}　电话：${reporter.phone || '未填'}　填报日期：${reporter.date || '未填'}　共 ${result.rows} 项` }),
      statusChips(result.statuses),
      findings,
      el('p', {}, annotatedLink(result.stored || result.file)));
  },

  async refresh() {
    const answer = await api(`/api/tables/${encodeURIComponent(current.table)}/returns`);
    $('#returns-folder').textContent = answer.folder;
    const body = clear($('#returns-table tbody'));
    if (!answer.returns.length) {
      body.append(el('tr', {}, el('td', { colspan: 8, class: 'muted', text: '还没有报回的台账。' })));
      return;
    }
    for (const r of answer.returns) {
      const errors = r.findings.filter((f) => f.severity === 'error').length;
      const warnings = r.findings.filter((f) => f.severity === 'warning').length;
      body.append(el('tr', { 'data-file': r.file },
        el('td', { text: r.file }),
        el('td', { text: r.unit || '—' }),
        el('td', { text: r.unit ? (r.counted ? '计入' : '未计入') : '不是报回台账' }),
        el('td', { text: r.reporter ? r.reporter.name : '' }),
        el('td', { text: r.reporter ? r.reporter.date || '' : '' }),
        el('td', {}, r.statuses ? statusChips(r.statuses) : ''),
        el('td', { title: r.findings.map((f) => f.message).join('\n'), text: `错误 ${errors}，警告 ${warnings}` }),
        el('td', {}, r.unit ? annotatedLink(r.file) : '')));
    }
  },
};

// ---- 3 进展 ----------------------------------------------------------------------------------

function alertCell(alert) {
  const color = current.settings && current.settings.colors[alert];
  return el('td', { class: 'alert', 'data-alert': alert, style: color ? { backgroundColor: color } : null, text: alert });
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const progressPage = {
  async start() {
    if (!current.table) { $('#no-table').hidden = false; return; }
    $('#progress-view').hidden = false;
    $('#as-of').value = today();
    $('#progress-form').addEventListener('submit', (event) => { event.preventDefault(); this.load(); });
    $('#filters').addEventListener('change', () => this.renderRows());
    $('#filters').addEventListener('submit', (event) => event.preventDefault());
    const alerts = $('#filter-alert');
    for (const alert of current.settings.alerts) alerts.append(el('option', { value: alert, text: alert }));
    await this.load();
  },

  query() {
    const params = new URLSearchParams({ asOf: $('#as-of').value || today(), nearDays: $('#near-days').value || '7' });
    return params.toString();
  },

  async load() {
    const base = `/api/tables/${encodeURIComponent(current.table)}`;
    $('#download-progress').href = `${base}/progress.xlsx?${this.query()}`;
    try {
      const [table, progress, roster] = await Promise.all([api(base), api(`${base}/progress?${this.query()}`), api(`${base}/roster`)]);
      this.tasks = new Map(table.tasks.map((t) => [t.seq, t]));
      this.progress = progress;
      this.roster = roster;
      this.render();
    } catch (error) {
      clear($('#progress-summary')).append(el('p', { class: 'error', text: `错误：${error.message}` }));
    }
  },

  render() {
    const p = this.progress;
    const returned = p.units.filter((u) => u.returned).length;
    const summary = clear($('#progress-summary'));
    summary.append(el('div', { class: 'stat', id: 'stat-returned' }, '已报送单位', el('span', { class: 'value', text: `${returned} / ${p.units.length}` })));
    const byAlert = new Map(current.settings.alerts.map((a) => [a, 0]));
    for (const task of p.tasks) byAlert.set(task.alert, (byAlert.get(task.alert) || 0) + 1);
    for (const [alert, count] of byAlert) {
      const color = current.settings.colors[alert];
      summary.append(el('div', { class: 'stat', 'data-alert': alert, style: color ? { backgroundColor: color } : null },
        `${alert}（任务）`, el('span', { class: 'value', text: count })));
    }
    summary.append(el('div', { class: 'stat muted' }, '截至', el('span', { class: 'value', text: p.asOf })));

    const units = clear($('#filter-unit'));
    units.append(el('option', { value: '', text: '全部单位' }));
    for (const u of p.units) units.append(el('option', { value: u.unit, text: u.unit + (u.returned ? '' : '（未报送）') }));
    this.renderRows();
    this.renderUnits();
    $('#problems-count').textContent = p.findings.length;
    renderFindings($('#problems'), p.findings.map((f) => ({ ...f, message: f.file ? `${f.file}：${f.message}` : f.message })));
  },

  renderRows() {
    const unit = $('#filter-unit').value, alert = $('#filter-alert').value;
    const body = clear($('#progress-table tbody'));
    let shown = 0;
    for (const task of this.progress.tasks) {
      const info = this.tasks.get(task.seq) || {};
      for (const owner of task.owners) {
        if (unit && owner.unit !== unit) continue;
        if (alert && owner.alert !== alert) continue;
        shown += 1;
        body.append(el('tr', { 'data-task': task.id, 'data-unit': owner.unit },
          el('td', { text: task.id }),
          el('td', { title: info.requirement || '', text: info.title || info.requirement || '' }),
          el('td', { text: owner.unit }),
          el('td', { text: owner.role }),
          el('td', { text: owner.status ?? '—' }),
          el('td', { text: owner.completed || '' }),
          el('td', { text: owner.progress || '' }),
          alertCell(owner.alert)));
      }
    }
    $('#filter-count').textContent = `显示 ${shown} 行`;
  },

  renderUnits() {
    const p = this.progress;
    const contacts = new Map(this.roster.units.map((u) => [u.name, u.contacts]));
    const roles = new Map();
    for (const task of p.tasks) for (const owner of task.owners) {
      const r = roles.get(owner.unit) || { 牵头: 0, 配合: 0 };
      r[owner.role] += 1;
      roles.set(owner.unit, r);
    }
    const missing = p.units.filter((u) => !u.returned);
    $('#missing-count').textContent = missing.length;
    clear($('#missing-table thead')).append(el('tr', {}, ['单位', '牵头任务', '配合任务', ...this.roster.columns].map((h) => el('th', { scope: 'col', text: h }))));
    const missingBody = clear($('#missing-table tbody'));
    if (!missing.length) missingBody.append(el('tr', {}, el('td', { colspan: 3 + this.roster.columns.length, class: 'muted', text: '所有单位都已报送。' })));
    for (const u of missing) {
      const r = roles.get(u.unit) || { 牵头: 0, 配合: 0 };
      missingBody.append(el('tr', { 'data-unit': u.unit },
        el('td', { text: u.unit }), el('td', { class: 'num', text: r['牵头'] }), el('td', { class: 'num', text: r['配合'] }),
        (contacts.get(u.unit) || this.roster.columns.map(() => '')).map((c) => el('td', { text: c }))));
    }
    const statuses = Object.keys((p.units[0] || {}).statuses || {});
    clear($('#units-table thead')).append(el('tr', {}, ['单位', '报送', '文件', '填报人', '联系电话', '填报日期', ...statuses, '逾期未完成', '问题']
      .map((h) => el('th', { scope: 'col', text: h }))));
    const body = clear($('#units-table tbody'));
    for (const u of p.units) {
      body.append(el('tr', { 'data-unit': u.unit },
        el('td', { text: u.unit }),
        u.returned ? el('td', { text: '已报送' }) : alertCell('未报送'),
        el('td', { text: u.file || '' }),
        el('td', { text: u.reporter ? u.reporter.name : '' }),
        el('td', { text: u.reporter ? u.reporter.phone : '' }),
        el('td', { text: u.reporter ? u.reporter.date || '' : '' }),
        statuses.map((s) => el('td', { class: 'num', 'data-status': s, text: u.returned ? u.statuses[s] : '' })),
        el('td', { class: 'num', text: u.returned ? u.overdue : '' }),
        el('td', { class: 'num', text: u.returned ? u.findings : '' })));
    }
  },
};

// ---- 4 对照 ----------------------------------------------------------------------------------

const alignPage = {
  files: { a: null, b: null },

  async start() {
    const tables = await loadTables();
    const select = $('#align-table');
    for (const table of tables) select.append(el('option', { value: table.id, text: tableLabel(table) }));
    if (current.table && tables.some((t) => t.id === current.table)) select.value = current.table;
    setupDrop('align-a', (files) => { this.files.a = files[0]; select.value = ''; status('align-a-status', `A：${files[0].name}`); });
    setupDrop('align-b', (files) => { this.files.b = files[0]; status('align-b-status', `B：${files[0].name}`); });
    $('#align-form').addEventListener('submit', (event) => { event.preventDefault(); this.run(); });
  },

  async run() {
    const table = $('#align-table').value;
    if (!this.files.b) { status('align-status', '错误：请先选择 B 的文件。', true); return; }
    if (!table && !this.files.a) { status('align-status', '错误：请选择 A：工作文件夹中的分解表，或上传文件。', true); return; }
    status('align-status', '正在对照…');
    const form = new FormData();
    if (table) form.append('table', table); else form.append('a', this.files.a, this.files.a.name);
    form.append('b', this.files.b, this.files.b.name);
    const unit = $('#align-unit').value.trim();
    if (unit) form.append('unit', unit);
    try {
      this.render(await api('/api/alignments', { method: 'POST', body: form }));
      status('align-status', '');
    } catch (error) {
      status('align-status', `错误：${error.message}`, true);
    }
  },

  render(answer) {
    const alignment = answer.alignment;
    $('#align-view').hidden = false;
    $('#download-alignment').href = `/api/alignments/${encodeURIComponent(answer.id)}/alignment.xlsx`;
    $('#a-head').textContent = `A：${alignment.a.file}`;
    $('#b-head').textContent = `B：${alignment.b.file}`;
    const count = (relation) => alignment.links.filter((l) => l.relation === relation).length;
    const answered = new Set(alignment.links.flatMap((l) => l.a)).size;
    const summary = clear($('#align-summary'));
    for (const [name, value, id] of [['B 的任务', alignment.b.tasks, 'b'], ['相同', count('same'), 'same'], ['部分', count('part'), 'part'],
      ['无对应', alignment.unlinkedB.length, 'unlinked'], ['A 被落实', `${answered} / ${alignment.a.tasks}`, 'answered']]) {
      summary.append(el('div', { class: 'stat', 'data-stat': id }, name, el('span', { class: 'value', text: value })));
    }
    if (alignment.b.unit) summary.append(el('div', { class: 'stat' }, 'B 所属单位', el('span', { class: 'value', text: alignment.b.unit })));
    const runs = (list) => list.map((run) => run.marked ? el('mark', { class: 'diff', text: run.text }) : run.text);
    const body = clear($('#align-table-view tbody'));
    for (const row of answer.rows) {
      body.append(el('tr', { 'data-b': row.b },
        el('td', { class: 'num', text: row.b }), el('td', {}, runs(row.bRuns)),
        el('td', { class: 'num', text: row.a.join('、') }), el('td', {}, runs(row.aRuns)),
        el('td', { text: row.relationText })));
    }
    const uncovered = clear($('#uncovered-table tbody'));
    if (answer.uncovered === null) {
      $('#uncovered-count').textContent = '—';
      $('#uncovered-note').textContent = '未能确定 B 所属单位，未判断未落实的任务：请填写“B 所属单位”后重新对照。';
      return;
    }
    $('#uncovered-count').textContent = answer.uncovered.length;
    $('#uncovered-note').textContent = answer.uncovered.length ? '' : 'A 中适用于 B 的任务都已落实。';
    for (const item of answer.uncovered) {
      uncovered.append(el('tr', { 'data-a': item.seq },
        el('td', { class: 'num', text: item.seq }), el('td', { text: item.task ? item.task.text : '' }),
        el('td', { text: item.task ? item.task.lead.join('、') : '' }), el('td', { text: item.via })));
    }
  },
};

// ---- start ---------------------------------------------------------------------------------

async function start() {
  choose(current.table);
  try {
    current.settings = await api('/api/settings');
    const select = $('#table-select');
    if (select) {
      await loadTables();
      choose(current.table);
      select.addEventListener('change', () => { choose(select.value); location.reload(); });
    }
    const pages = { issue: issuePage, returns: returnsPage, progress: progressPage, align: alignPage };
    await pages[document.body.dataset.page].start();
  } catch (error) {
    $('main').append(el('p', { class: 'error', role: 'alert', text: `错误：${error.message}` }));
  }
  document.body.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', start);
"""#
}
