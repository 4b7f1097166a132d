/**
 * How much one send may carry. Telnyx takes a fax document of up to 50 MB; the rest keeps a
 * single send something a person can check before pressing Send. The page's form, the IPC
 * contract and the engine's intake all refuse past these.
 */
const MB = 1024 * 1024;

export const MAX_DOCUMENTS = 50;
export const MAX_RECIPIENTS = 100;
export const MAX_FILE_BYTES = 50 * MB;
export const MAX_SEND_BYTES = 100 * MB;
