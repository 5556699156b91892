#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU headers clash with Foundation's copy of ICU.
// Nothing here uses the ICU converter fields, so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <string.h>

// libxml2's generic error function is variadic, which Swift cannot write: this one drops the
// message, so that nothing libxml2 says reaches stderr (the reader reports its own errors).
static void taizhang_xml_generic_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

/// Silences libxml2's generic error channel on the calling thread (it is thread-local).
static inline void taizhang_xml_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, taizhang_xml_generic_error);
}
