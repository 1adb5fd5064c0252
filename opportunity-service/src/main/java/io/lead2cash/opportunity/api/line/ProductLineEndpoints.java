package io.lead2cash.opportunity.api.line;

import io.lead2cash.opportunity.domain.line.PricedLine;
import io.lead2cash.opportunity.domain.line.ProductLines;
import io.lead2cash.platform.api.answer.ETags;
import io.lead2cash.platform.api.answer.Responses;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The product line endpoints of opportunities and quotes, written once. Each resource declares its own paths, roles
 * and documentation (they differ) and hands the work here.
 */
public final class ProductLineEndpoints {

    private final ProductLines<?, ?> lines;

    public ProductLineEndpoints(ProductLines<?, ?> lines) {
        this.lines = lines;
    }

    public List<ProductLineView> list(UUID recordId) {
        String currency = lines.currency(recordId);
        return views(lines.lines(recordId), currency);
    }

    public RestResponse<ProductLineView> get(UUID recordId, UUID lineId) {
        return ok(recordId, lines.line(recordId, lineId));
    }

    public RestResponse<ProductLineView> add(UUID recordId, ProductLineRequest body, UriInfo uri) {
        PricedLine line = lines.add(recordId, ProductLineMapper.details(body));
        return Responses.created(uri, line.id, ProductLineMapper.view(line, lines.currency(recordId)), line.version);
    }

    /** Replaces a line; If-Match is required. */
    public RestResponse<ProductLineView> change(UUID recordId, UUID lineId, String ifMatch, ProductLineRequest body) {
        return ok(recordId, lines.change(recordId, lineId, ETags.required(ifMatch), ProductLineMapper.details(body)));
    }

    /** Removes a line; If-Match is optional. */
    public RestResponse<Void> remove(UUID recordId, UUID lineId, String ifMatch) {
        lines.remove(recordId, lineId, ETags.optional(ifMatch));
        return Responses.done();
    }

    public static List<ProductLineView> views(List<? extends PricedLine> lines, String currency) {
        return lines.stream().map(l -> ProductLineMapper.view(l, currency)).toList();
    }

    private RestResponse<ProductLineView> ok(UUID recordId, PricedLine line) {
        return Responses.ok(ProductLineMapper.view(line, lines.currency(recordId)), line.version);
    }
}
