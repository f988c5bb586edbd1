/** The .docx media type, for the blobs the pane and the download dialog hand to the browser. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
