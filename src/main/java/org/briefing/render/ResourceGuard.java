package org.briefing.render;

import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;

/**
 * The renderer's only door to the outside, kept shut. The briefing needs nothing but its inlined
 * stylesheet, the fonts handed over as bytes and the charts drawn in memory, so every resource
 * the renderer asks for (an image, a stylesheet, a font by URL, a {@code file:} or {@code http:}
 * stream) is refused and recorded. A run that records anything means the HTML asked for something
 * it should not have: article text never can, because it is escaped.
 */
final class ResourceGuard implements FSStreamFactory {

    private final List<String> requests = new ArrayList<>();

    /** Access control: refuses and records. */
    synchronized boolean allow(String uri, ExternalResourceType type) {
        this.requests.add(type + " " + uri);
        return false;
    }

    /** Stream factory for every protocol: refuses and records, in case a request slips past control. */
    @Override
    public synchronized FSStream getUrl(String uri) {
        this.requests.add("STREAM " + uri);
        return new FSStream() {
            @Override
            public java.io.InputStream getStream() {
                return null;
            }

            @Override
            public java.io.Reader getReader() {
                return null;
            }
        };
    }

    /** Every request made so far, in order. */
    synchronized List<String> requests() {
        return List.copyOf(this.requests);
    }
}
