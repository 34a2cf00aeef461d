// English messages: share. Keys are grouped by what the user sees; plural forms end _one/_other.
export const share = {
};
