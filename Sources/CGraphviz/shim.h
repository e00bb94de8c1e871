#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#include <stddef.h>

/* Agdirected and friends are mutable C globals, which Swift 6 refuses to
   read; a function returning a copy is safe. */
static inline Agdesc_t qg_directed(void) { return Agdirected; }

/* gvRenderData's length parameter is `unsigned int *` in Graphviz 2.x and
   `size_t *` from 3.0 on. Swift sees only this wrapper, which always
   reports a size_t, so a distribution upgrade does not break the build.
   GRAPHVIZ_VERSION_MAJOR exists only in the newer headers. */
static inline int qg_render_data(GVC_t *gvc, graph_t *g, const char *format,
                                 char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
    size_t len = 0;
#else
    unsigned int len = 0;
#endif
    int rc = gvRenderData(gvc, g, format, result, &len);
    *length = (size_t)len;
    return rc;
}
