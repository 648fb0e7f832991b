// Where a finding is, as a records clerk says it: word for word as Reporting/LocationWords.cs and
// LocationNames.cs (a test runs both on the same locations). Read from the report's location alone:
// source, path, page and, for table cells, cell {table, row, column} counted from 0.

import { sourceLabel } from './labels.js';

// Separates the containers of a nested document's path (附件.zip!/申請書.docx!/word/document.xml).
const chainSeparator = '!/';

// Header names are case-insensitive: keyed in lower case.
const mailHeaders = {
  from: '寄件者',
  sender: '代理寄件者',
  to: '收件者',
  cc: '副本',
  bcc: '密件副本',
  'reply-to': '回覆地址',
  subject: '主旨',
  'thread-topic': '討論串主旨',
  comments: '備註',
  keywords: '關鍵字',
};

// Keyed as the path spells them: OOXML after '#' (docProps/core.xml#creator), PDF by dictionary
// (info/Author) or XMP name (xmp/dc:creator), ODF after '#' with its prefix (meta.xml#meta:initial-creator).
// PDF's Creator is the program, OOXML's creator the person; ODF's dc:creator is who saved it last.
const properties = new Map([
  ['title', '標題'],
  ['subject', '主旨'],
  ['creator', '作者'],
  ['keywords', '關鍵字'],
  ['description', '描述'],
  ['lastModifiedBy', '最後修改者'],
  ['category', '類別'],
  ['Company', '公司'],
  ['Manager', '主管'],
  ['HyperlinkBase', '超連結基底'],
  ['author', '註解或修訂者'],
  ['displayName', '註解者名稱'],
  ['userId', '註解者帳號'],
  ['info/Title', '標題'],
  ['info/Subject', '主旨'],
  ['info/Author', '作者'],
  ['info/Keywords', '關鍵字'],
  ['info/Creator', '建立程式'],
  ['info/Producer', '製作程式'],
  ['xmp/dc:title', '標題'],
  ['xmp/dc:creator', '作者'],
  ['xmp/dc:description', '描述'],
  ['xmp/dc:subject', '關鍵字'],
  ['xmp/pdf:Keywords', '關鍵字'],
  ['xmp/xmp:CreatorTool', '建立程式'],
  ['xmp/pdf:Producer', '製作程式'],
  ['meta:initial-creator', '作者'],
  ['dc:creator', '最後修改者'],
  ['meta:printed-by', '最後列印者'],
  ['dc:title', '標題'],
  ['dc:subject', '主旨'],
  ['dc:description', '描述'],
  ['meta:keyword', '關鍵字'],
]);

const documentVariable = 'docVar:';

// A DI's recipients' blocks are named alone, as printed on the letter (DiLocationWords.cs).
const diRecipients = new Set(['受文者', '正本', '副本', '出席者', '列席者', '主持人']);

// DI parts whose element names are longer than what the letter prints.
const diPrinted = new Map([['密等及解密條件或保密期限', '密等']]);

/** 第 3 頁, 第 2 個表格第 4 列第 1 欄, 工作表「名冊」C5, 附件「附件.zip」內「申請書.docx」的內文, … */
export function locationLabel(location) {
  if (!location) return '';
  const chain = (location.path ?? '').split(chainSeparator);
  // The path ends with the attachment itself: what was found is its name.
  if (location.source === 'attachment') return within(chain, sourceLabel('file-name'));
  if (location.source === 'image' && chain.length > 1 && partOfDocument(chain.at(-2)) !== null) {
    // A picture of the document read by OCR: its words already say 圖片; only a TIFF's later page is added.
    const page = chain.at(-1).includes('#') ? `第 ${location.page} 頁` : null;
    return join(within(chain.slice(0, -1), page) + '（OCR）', tableCell(location.cell ?? null));
  }
  return within(chain.slice(0, -1), place(location.source, chain.at(-1), location.page ?? null, location.cell ?? null));
}

/** The place within one document; path is relative to it. */
function place(source, path, page, cell) {
  const word = sourceLabel(source);
  const at = pageOrSlide(path, page);
  const table = tableCell(cell);
  const sheetCell = sheetCellOf(path);
  switch (source) {
    case 'body': {
      const line = lineNumber(path);
      return line ? `第 ${line} 行` : word;
    }
    // A CSV cell (L3:C5) reads as its line, as the line of a text file does.
    case 'table': return lineNumber(path) ? `第 ${lineNumber(path)} 行` : join(at, table ?? word);
    case 'sheet': return sheetCell ?? (path.includes('/') ? word : `${word}名稱「${path}」`);
    case 'slide': return at ?? word;
    case 'notes': return (at ?? '') + word;
    case 'page': {
      const field = /^form\/(?<name>.+)$/.exec(path);
      return field ? join(at, `表單欄位「${field.groups.name}」`) : at ?? word;
    }
    case 'email-header': return `${word}「${mailHeaders[path.toLowerCase()] ?? path}」`;
    case 'email-body': return path.endsWith('/comment') ? join(word, '隱藏註解') : word;
    case 'di': return diPart(path);
    case 'metadata': {
      const name = propertyName(path);
      return name !== null ? `${word}「${name}」` : word;
    }
    case 'header':
    case 'footer': return join(sheetOfHeader(path), word, table);
    case 'comment': return join(at ?? sheetCell, path.endsWith('/author') ? `${word}作者` : word, table);
    // Hidden runs and revisions sit inside a cell, not the other way round.
    case 'hidden':
    case 'tracked-insertion':
    case 'tracked-deletion': return join(at ?? sheetCell, table, word);
    default: return join(at, word, table);
  }
}

/** PDF paths name the page (page/3, form/…); a numbered place of any other format is a slide. */
function pageOrSlide(path, page) {
  if (page === null) return null;
  return path.startsWith('page/') || path.startsWith('form/') || path.startsWith('image') ? `第 ${page} 頁` : `第 ${page} 張投影片`;
}

/** The line of a text file (L3, L3+1) or of a CSV cell (L3:C5), or null. */
function lineNumber(path) {
  return /^L(?<line>[0-9]+)(\+[0-9]+)?(:C[0-9]+)?$/.exec(path)?.groups.line ?? null;
}

/** A cell of a Word or slide table (word/document.xml#table2), counted from 1 as a reader does. */
function tableCell(cell) {
  const table = cell ? /#table(?<table>[0-9]+)$/.exec(cell.table) : null;
  return table ? `第 ${table.groups.table} 個表格第 ${cell.row + 1} 列第 ${cell.column + 1} 欄` : null;
}

function sheetCellOf(path) {
  const match = /^(?<sheet>.+)!(?<cell>[A-Z]{1,3}[0-9]+)$/.exec(path);
  return match ? `工作表「${match.groups.sheet}」${match.groups.cell}` : null;
}

function sheetOfHeader(path) {
  const match = /^(?<sheet>.+)#(odd|even|first)(Header|Footer)$/.exec(path);
  return match ? `工作表「${match.groups.sheet}」` : null;
}

/** The property a metadata path names (作者 for docProps/core.xml#creator); null when the path names none. */
function propertyName(path) {
  const hash = path.indexOf('#');
  if (hash >= 0) {
    const name = path.slice(hash + 1);
    if (name.startsWith(documentVariable)) return `文件變數 ${name.slice(documentVariable.length)}`;
    return name.length === 0 ? null : properties.get(name) ?? name;
  }
  return path.startsWith('info/') || path.startsWith('xmp/') ? properties.get(path) ?? path.slice(path.indexOf('/') + 1) : null;
}

/** 公文「主旨」, 公文「說明」第一點, 受文者, 正本: from the DI reader's element path (段落[說明：]/條列[一、], 速別@代碼). */
function diPart(path) {
  const parts = [...path.replace(/@[^/\[\]@]*$/, '').matchAll(/(?<name>[^/\[\]]+)(?:\[(?<qualifier>[^\]]*)\])?/g)];
  if (parts.length === 0) return '公文';
  const name = parts[0].groups.name;
  if (diRecipients.has(name)) return name;
  const title = (parts[0].groups.qualifier ?? '').trim().replace(/[：:]+$/, '').trim();
  let words = `公文「${name === '段落' && title.length > 0 ? title : diPrinted.get(name) ?? name}」`;
  let level = 0;
  for (const part of parts.slice(1).filter((p) => p.groups.name === '條列')) {
    const number = (part.groups.qualifier ?? '').trim();
    words += level++ === 0 ? `第${number.replace(/[、.． ]+$/, '')}點` : number;
  }
  return words;
}

/**
 * The containers from the outside in: 附件「a.zip」內「b.docx」 for attachments and archive members, and
 * the parts of a document that are read as documents of their own (a picture, an embedded object) as
 * what they are in it, never as an attachment.
 */
function within(containers, where) {
  let chain = '';
  for (const name of containers) {
    const part = partOfDocument(name);
    chain = part !== null ? join(chain, part) : `${chain}${chain.length === 0 ? '附件' : '內'}「${name}」`;
  }
  return join(chain, where);
}

/**
 * A picture or embedded object named by its place in the package (word/media/image1.png,
 * ppt/embeddings/…xlsx, media/image.png, ODF's Pictures/…png and Object 1, a legacy file's 內嵌物件1); null for an
 * attachment or archive member.
 */
function partOfDocument(name) {
  const office = /^((?<app>word|xl|ppt)\/)?(?<kind>media|embeddings)\/(?<file>[^/]+)$/.exec(name);
  if (office) {
    const { app, kind, file } = office.groups;
    if (kind === 'embeddings') return `內嵌物件「${file}」`;
    // A package made by a program rather than Office may keep its pictures in media/ at the top.
    return `${{ word: '內文的', xl: '工作表的', ppt: '投影片的' }[app] ?? ''}圖片「${file}」`;
  }
  const picture = /^Pictures\/(?<file>[^/]+)$/.exec(name);
  if (picture) return `圖片「${picture.groups.file}」`;
  const embedded = /^(內嵌物件|Object )(?<number>[0-9]+)$/.exec(name);
  return embedded ? `第 ${embedded.groups.number} 個內嵌物件` : null;
}

/** Places from the outside in, each 的 the next; a space before 的 after a cell reference (C5 的註解). */
function join(...places) {
  let words = '';
  for (const part of places.filter((p) => p)) {
    words = words.length === 0 ? part : `${words}${/[A-Za-z0-9]$/.test(words) ? ' ' : ''}的${part}`;
  }
  return words;
}
