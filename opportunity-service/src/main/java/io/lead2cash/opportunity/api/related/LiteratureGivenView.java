package io.lead2cash.opportunity.api.related;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sales literature given to an opportunity's customer: what, by whom and when. */
@Schema(name = "LiteratureGiven")
public record LiteratureGivenView(SalesLiteratureView literature, String givenBy, Instant givenAt) {
}
