// How ids read for records staff, in the product's own words (src/DocScan.Core/Reporting/Labels.cs and
// Policy/DefaultFindingRules.cs; a test keeps the two in step).

export const verdictLabels = {
  release: '可發出',
  redact: '須遮蔽',
  'dual-draft': '須分稿',
  review: '須人工確認',
  block: '禁止發出',
};

export const findingTypeLabels = {
  'national-id': '身分證統一編號',
  'resident-id': '居留證統一證號',
  'masked-national-id': '已遮蔽的身分證號',
  ubn: '營利事業統一編號',
  phone: '電話號碼',
  email: '電子郵件地址',
  'birth-date': '出生年月日',
  address: '地址',
  'nhi-card': '健保卡號',
  passport: '護照號碼',
  'bank-account': '金融帳號',
  'vehicle-plate': '車牌號碼',
  'credit-card': '信用卡號',
  'person-name': '個人姓名',
  'criminal-record': '前科紀錄',
  'health-record': '病歷或健康資料',
  'land-parcel': '土地地號',
  'building-number': '建物建號',
  'evaluator-name': '評選委員姓名',
  'recipient-exposure': '未以密件副本寄送的外部收件者名單',
  'classification-marking': '機密等級標示',
  macro: '巨集或可執行內容',
};

// Whose a finding is (the report's role): official and organisation data does not decide the verdict.
export const findingRoleLabels = {
  private: '個人資料',
  official: '機關公務資料',
  organisation: '機構資料',
};

export const sourceLabels = {
  body: '內文',
  table: '表格',
  header: '頁首',
  footer: '頁尾',
  footnote: '註腳',
  endnote: '章節附註',
  comment: '註解',
  'text-box': '文字方塊',
  'tracked-insertion': '追蹤修訂（插入）',
  'tracked-deletion': '追蹤修訂（已刪除）',
  hidden: '隱藏文字',
  metadata: '文件屬性',
  page: 'PDF 頁面',
  image: '圖片（OCR）',
  sheet: '工作表',
  slide: '投影片',
  notes: '備忘稿',
  'email-header': '郵件標頭',
  'email-body': '郵件內文',
  attachment: '附件名稱',
  'file-name': '檔名',
  di: '公文',
};

export const problemLabels = {
  encrypted: '已加密',
  corrupt: '檔案損毀',
  unsupported: '格式不支援',
  'needs-ocr': '僅有影像，需 OCR',
  'low-ocr-confidence': '影像文字辨識信心不足',
  'unreadable-text': '文字無法辨讀',
  'too-large': '過大或疑似壓縮炸彈',
  'too-deep': '附件層數過深',
  'extension-mismatch': '副檔名與內容不符',
  timeout: '解析逾時',
  'missing-attachment': '附件未一併送掃',
  'scan-failed': '掃描失敗',
};

export const draftKindLabels = {
  redacted: '遮蔽版',
  release: '發出版',
  recipient: '受文者分稿',
};

export const roleLabels = {
  reviewer: '審核人員',
  auditor: '稽核人員',
  uploader: '上傳人員',
};

const label = (table, id) => table[id] ?? id;

export const verdictLabel = (id) => label(verdictLabels, id);
export const findingTypeLabel = (id) => label(findingTypeLabels, id);
// A type the agency's rules file declares carries the file's label in the report.
export const findingLabel = (finding) => finding.label ?? findingTypeLabel(finding.type);
export const findingRoleLabel = (id) => label(findingRoleLabels, id ?? 'private');
export const sourceLabel = (id) => label(sourceLabels, id);
export const problemLabel = (id) => label(problemLabels, id);
export const draftKindLabel = (id) => label(draftKindLabels, id);
export const roleLabel = (id) => label(roleLabels, id);
