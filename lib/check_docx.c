#include "pt.h"
#include "check.h"
int pt_check_parse_docx(pt_check_doc *d, const char *file, const char *buf, size_t n, pt_error *err)
{ return pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0}, "todo"); }
int pt_check_parse_odt(pt_check_doc *d, const char *file, const char *buf, size_t n, pt_error *err)
{ return pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0}, "todo"); }
int pt_check_parse_pdf(pt_check_doc *d, const char *file, const char *buf, size_t n, pt_error *err)
{ return pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0}, "todo"); }
