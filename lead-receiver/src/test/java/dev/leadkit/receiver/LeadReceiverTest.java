package dev.leadkit.receiver;

import dev.leadkit.schema.LeadProfile;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.schema.Violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.leadkit.model.LeadJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadReceiverTest {
    static final String TOKEN = "t0k3n-Secr3t-7f2a";
    static final String DOCUMENTED = "{\"UserDetails\":{\"FirstName\":\"Some\",\"LastName\":\"One\","
            + "\"Email\":\"someone@contoso.com\",\"Phone\":\"16175555555\",\"Country\":\"USA\",\"Company\":\"Contoso\","
            + "\"Title\":\"Esquire\"},\"LeadSource\":\"AzureMarketplace\",\"ActionCode\":\"INS\","
            + "\"OfferTitle\":\"Test Microsoft\",\"Description\":\"Test run through Power Automate\"}";
    static final String CAMEL = "{\"userDetails\":{\"firstName\":\"Amélie\",\"email\":\"amelie@fabrikam.example\"},"
            + "\"actionCode\":\"PLT\",\"leadSource\":\"AzureMarketplace-PLT|contoso.analytics\"}";
    static final String BAD_EMAIL = "{\"UserDetails\":{\"Email\":\"someone@@contoso\",\"Phone\":\"16175555555\"}}";

    private final LeadReceiver withToken = LeadReceiver.builder().token(TOKEN).build();

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(Reception r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void acceptsTheDocumentedSampleWith202AndAValidReport() {
        Reception r = LeadReceiver.defaults().receive(bytes(DOCUMENTED), "application/json");
        assertThat(r).isInstanceOf(Reception.Accepted.class);
        Reception.Accepted accepted = (Reception.Accepted) r;
        assertThat(accepted.lead().userDetails().email()).isEqualTo("someone@contoso.com");
        assertThat(accepted.report().isValid()).isTrue();
        assertThat(r.status()).isEqualTo(202);
        assertThat(r.isAccepted()).isTrue();
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(text(r)).isEqualTo("{\"status\":202,\"title\":\"Lead accepted\",\"valid\":true,\"violations\":[]}");
    }

    @Test
    void acceptsARealCamelCaseLead() {
        Reception.Accepted r = (Reception.Accepted) LeadReceiver.defaults()
                .receive(bytes(CAMEL), "application/json; charset=utf-8");
        assertThat(r.lead().userDetails().firstName()).isEqualTo("Amélie");
        assertThat(r.lead().actionCode()).isEqualTo("PLT");
    }

    @Test
    void acceptsAnInvalidLeadWithItsReportByDefault() {
        Reception r = LeadReceiver.defaults().receive(bytes(BAD_EMAIL), "application/json");
        assertThat(r.status()).isEqualTo(202);
        assertThat(((Reception.Accepted) r).report().violations()).extracting(Violation::code)
                .containsExactly("email");
        assertThat(text(r)).isEqualTo("{\"status\":202,\"title\":\"Lead accepted\",\"valid\":false,\"violations\":"
                + "[{\"pointer\":\"/UserDetails/Email\",\"code\":\"email\","
                + "\"detail\":\"must be a syntactically valid e-mail address\"}]}");
    }

    @Test
    void rejectsAnInvalidLeadWith422WhenAskedTo() {
        LeadReceiver strict = LeadReceiver.builder().rejectInvalid(true)
                .validator(LeadValidator.builder().profile(LeadProfile.SALESFORCE).build()).build();
        Reception r = strict.receive(bytes(BAD_EMAIL), null);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(text(r)).isEqualTo("{\"type\":\"tag:leadkit.dev,2026:problem/invalid-lead\",\"title\":"
                + "\"Invalid lead\",\"status\":422,\"detail\":\"the lead breaks 1 rule\",\"errors\":[{\"pointer\":"
                + "\"/UserDetails/Email\",\"code\":\"email\",\"detail\":\"must be a syntactically valid e-mail "
                + "address\"}]}");
        assertThat(strict.receive(bytes(DOCUMENTED), null).status()).as("a valid lead still passes").isEqualTo(202);
    }

    @Test
    void aMissingOrWrongTokenIs401WithOneAndTheSameBody() {
        List<URI> refused = List.of(URI.create("/"), URI.create("/?"), URI.create("/?tok=" + TOKEN),
                URI.create("/?token="), URI.create("/?token"), URI.create("/?token=" + TOKEN + "x"),
                URI.create("/?token=t0k3n"), URI.create("/?token=" + TOKEN + "&token=" + TOKEN),
                URI.create("/?token=%C3%28"), URI.create("/?TOKEN=" + TOKEN),
                URI.create("https://h/p?a=1&token=" + TOKEN.toUpperCase() + "&b=2"));
        List<String> bodies = new ArrayList<>();
        for (URI uri : refused) {
            Reception r = withToken.receive(bytes(DOCUMENTED), "application/json", uri);
            assertThat(r.status()).as("%s", uri).isEqualTo(401);
            bodies.add(text(r));
        }
        bodies.add(text(withToken.receive(bytes(DOCUMENTED), "application/json")));
        bodies.add(text(withToken.receive(bytes(DOCUMENTED), "application/json", (String) null)));
        bodies.add(text(withToken.receive(bytes(DOCUMENTED), "application/json", (URI) null)));
        assertThat(bodies).allMatch(bodies.get(0)::equals);
        assertThat(bodies.get(0)).isEqualTo("{\"type\":\"tag:leadkit.dev,2026:problem/unauthorized\",\"title\":"
                + "\"Unauthorized\",\"status\":401,\"detail\":\"the request URI must carry the receiver's token in its "
                + "query parameter \\\"token\\\"\",\"errors\":[]}");
    }

    @Test
    void theRightTokenPassesWhereverItIsInTheQueryAndPercentDecoded() {
        LeadReceiver odd = LeadReceiver.builder().token("a b/c+d=é").tokenParameter("key").build();
        assertThat(odd.receive(bytes(DOCUMENTED), null, URI.create("/leads?x=1&key=a%20b%2Fc%2Bd%3D%C3%A9&y"))
                .status()).isEqualTo(202);
        assertThat(withToken.receive(bytes(DOCUMENTED), null,
                URI.create("https://host:8443/invoke?api-version=1&token=" + TOKEN)).status()).isEqualTo(202);
        assertThat(odd.receive(bytes(DOCUMENTED), null, URI.create("/?token=a%20b%2Fc%2Bd%3D%C3%A9")).status())
                .as("the default parameter name no longer counts").isEqualTo(401);
    }

    /** Regression: a Servlet's query string was turned into a URI, and URI.create refuses what containers accept. */
    @ParameterizedTest
    @ValueSource(strings = {"token=" + TOKEN + "&utm=a|b", "x=100%&token=" + TOKEN, "q={x}&token=" + TOKEN,
        "token=" + TOKEN + "&s=a b", "token=" + TOKEN + "&h=#frag", "token=" + TOKEN + "&u=%zz&&=&", "é=ü&token=" + TOKEN,
        "token=" + TOKEN + "&x=\\"})
    void anyRawQueryIsTakenAsItArrivedAndOnlyTheTokenIsDecoded(String rawQuery) {
        assertThat(withToken.receive(bytes(DOCUMENTED), null, rawQuery).status()).isEqualTo(202);
        String wrong = rawQuery.replace("token=" + TOKEN, "token=" + TOKEN + "x");
        assertThat(withToken.receive(bytes(DOCUMENTED), null, wrong).status()).isEqualTo(401);
        assertThat(withToken.receive(bytes(DOCUMENTED), null, rawQuery.replace("token=" + TOKEN, "token=%" + TOKEN))
                .status()).as("a token that does not decode matches nothing").isEqualTo(401);
    }

    @Test
    void checkBeforeBodyRefusesByTokenTypeAndDeclaredLengthAsReceiveWould() {
        int max = withToken.maxBodyBytes();
        String good = "token=" + TOKEN;
        assertThat(withToken.checkBeforeBody(null, null, 10)).get().extracting(Reception::status).isEqualTo(401);
        assertThat(withToken.checkBeforeBody("text/plain", good, 10)).get().extracting(Reception::status)
                .isEqualTo(415);
        assertThat(withToken.checkBeforeBody(null, good, max + 1L)).get().extracting(Reception::status)
                .isEqualTo(413);
        assertThat(withToken.checkBeforeBody(null, good, Long.MAX_VALUE).orElseThrow().body())
                .isEqualTo(withToken.receive(new byte[max + 1], null, good).body());
        assertThat(withToken.checkBeforeBody(null, good, max)).isEmpty();
        assertThat(withToken.checkBeforeBody(null, good, -1)).as("chunked: decided after reading").isEmpty();
    }

    @Test
    void noTokenConfiguredIgnoresTheQuery() {
        assertThat(LeadReceiver.defaults().receive(bytes(DOCUMENTED), null, URI.create("/?token=whatever"))
                .status()).isEqualTo(202);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "application/json", "application/json; charset=utf-8", "Application/JSON",
        "application/json;charset=\"UTF-8\"", "application/json; charset=utf8", "application/json;",
        "application/json; boundary=x", "application/vnd.contoso.lead+json", "application/problem+json; charset=UTF-8"})
    void jsonInUtf8OrNoContentTypeIsRead(String contentType) {
        assertThat(LeadReceiver.defaults().receive(bytes(DOCUMENTED), contentType).status()).isEqualTo(202);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/json", "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/json; charset=iso-8859-1", "application/json; charset=utf-16",
        "application/jsonp", "application/json+xml", "json", "application/", "/json", "application/json/x",
        "application/json; charset", "*/*"})
    void anythingElseIs415(String contentType) {
        Reception r = LeadReceiver.defaults().receive(bytes(DOCUMENTED), contentType);
        assertThat(r.status()).as(contentType).isEqualTo(415);
        assertThat(text(r)).isEqualTo("{\"type\":\"tag:leadkit.dev,2026:problem/unsupported-media-type\",\"title\":"
                + "\"Unsupported Media Type\",\"status\":415,\"detail\":\"the body must be JSON in UTF-8: Content-Type "
                + "application/json, or none\",\"errors\":[]}");
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItIsRead() {
        LeadReceiver small = LeadReceiver.builder().json(LeadJson.builder().maxDocumentBytes(64).build()).build();
        assertThat(small.maxBodyBytes()).isEqualTo(64);
        String fits = "{\"OfferTitle\":\"" + "x".repeat(64 - 17) + "\"}";
        assertThat(fits).hasSize(64);
        assertThat(small.receive(bytes(fits), null).status()).isEqualTo(202);
        String garbage = "not json at all, and one byte too long for the limit of sixty-four!";
        Reception r = small.receive(bytes(garbage), null);
        assertThat(r.status()).isEqualTo(413);
        assertThat(text(r)).isEqualTo("{\"type\":\"tag:leadkit.dev,2026:problem/too-large\",\"title\":\"Content Too "
                + "Large\",\"status\":413,\"detail\":\"the body is larger than this receiver's limit of 64 bytes\","
                + "\"errors\":[{\"pointer\":\"\",\"code\":\"limit\",\"detail\":\"expected a "
                + "document of at most 64 bytes\"}]}");
    }

    @Test
    void aStringOrNestingLimitIs413WithItsPointer() {
        LeadReceiver small = LeadReceiver.builder()
                .json(LeadJson.builder().maxStringLength(10).maxDepth(3).build()).build();
        Reception longString = small.receive(bytes("{\"UserDetails\":{\"Company\":\"Contoso Limited\"}}"), null);
        assertThat(longString.status()).isEqualTo(413);
        assertThat(((Reception.Rejected) longString).errors()).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/UserDetails/Company");
            assertThat(e.code()).isEqualTo("limit");
        });
        Reception deep = small.receive(bytes("{\"x\":{\"y\":{\"z\":{}}}}"), null);
        assertThat(deep.status()).isEqualTo(413);
        assertThat(((Reception.Rejected) deep).errors()).extracting(Violation::code).containsExactly("limit");
    }

    @Test
    void aBodyThatIsNotALeadIs400WithPointerLineAndColumn() {
        Reception r = LeadReceiver.defaults().receive(bytes("{\n  \"userDetails\": {\"email\": [\"x\"]}}"), null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(text(r)).isEqualTo("{\"type\":\"tag:leadkit.dev,2026:problem/not-a-lead\",\"title\":\"Not a "
                + "lead\",\"status\":400,\"detail\":\"the body is not a lead: expected a string but found an array "
                + "(line 2, column 28)\",\"errors\":[{\"pointer\":\"/userDetails/email\",\"code\":\"type\",\"detail\":"
                + "\"expected a string but found an array (line 2, column 28)\"}]}");
    }

    @Test
    void eachKindOfUnreadableBodyHasItsCode() {
        assertThat(codeOf("{\"ActionCode\": \"INS\"")).isEqualTo("syntax");
        assertThat(codeOf("")).isEqualTo("syntax");
        assertThat(codeOf("[1, 2]")).isEqualTo("type");
        assertThat(codeOf("{\"UserDetails\": {\"Email\": \"a\", \"email\": \"b\"}}")).isEqualTo("duplicate");
        byte[] latin1 = "{\"OfferTitle\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Reception r = LeadReceiver.defaults().receive(latin1, "application/json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(((Reception.Rejected) r).errors()).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("syntax"));
    }

    private static String codeOf(String body) {
        Reception r = LeadReceiver.defaults().receive(bytes(body), null);
        assertThat(r.status()).as(body).isEqualTo(400);
        return ((Reception.Rejected) r).errors().get(0).code();
    }

    @Test
    void checksRunInOrderTokenMediaTypeSizeReadValidate() {
        LeadReceiver all = LeadReceiver.builder().token(TOKEN).rejectInvalid(true)
                .json(LeadJson.builder().maxDocumentBytes(32).build()).build();
        URI good = URI.create("/?token=" + TOKEN);
        byte[] huge = bytes("{" + " ".repeat(100));
        assertThat(all.receive(huge, "text/plain", URI.create("/")).status()).isEqualTo(401);
        assertThat(all.receive(huge, "text/plain", good).status()).isEqualTo(415);
        assertThat(all.receive(huge, "application/json", good).status()).isEqualTo(413);
        assertThat(all.receive(bytes("{\"Email\":"), "application/json", good).status()).isEqualTo(400);
        assertThat(all.receive(bytes("{\"UserDetails\":{\"Email\":\"@\"}}"), null, good).status()).isEqualTo(422);
        assertThat(all.receive(bytes("{\"ActionCode\":\"INS\"}"), null, good).status()).isEqualTo(202);
    }

    @Test
    void toStringMasksTheTokenAndToBuilderKeepsEverything() {
        assertThat(withToken.toString()).doesNotContain(TOKEN)
                .startsWith("LeadReceiver[token=*** in query parameter \"token\", maxBodyBytes=1048576, "
                        + "rejectInvalid=false");
        assertThat(LeadReceiver.defaults().toString()).startsWith("LeadReceiver[token=none,");
        LeadReceiver copy = withToken.toBuilder().build();
        assertThat(copy.receive(bytes(DOCUMENTED), null, URI.create("/?token=" + TOKEN)).status()).isEqualTo(202);
        assertThat(copy.receive(bytes(DOCUMENTED), null, URI.create("/")).status()).isEqualTo(401);
        assertThat(copy.toString()).isEqualTo(withToken.toString());
        LeadReceiver strict = LeadReceiver.builder().rejectInvalid(true).tokenParameter("sig")
                .json(LeadJson.builder().maxDocumentBytes(100).build()).build().toBuilder().build();
        assertThat(strict.toString()).contains("maxBodyBytes=100", "rejectInvalid=true");
        assertThat(strict.toBuilder().token(null).build().receive(bytes(DOCUMENTED), null).status())
                .as("a body over 100 bytes").isEqualTo(413);
    }

    @Test
    void refusesBadSettingsByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> LeadReceiver.builder().token(""))
                .withMessage("token must not be empty (null for none)");
        assertThatIllegalArgumentException().isThrownBy(() -> LeadReceiver.builder().tokenParameter(""))
                .withMessage("tokenParameter must not be empty");
        assertThatNullPointerException().isThrownBy(() -> LeadReceiver.builder().json(null)).withMessage("json");
        assertThatNullPointerException().isThrownBy(() -> LeadReceiver.builder().validator(null))
                .withMessage("validator");
        assertThatNullPointerException().isThrownBy(() -> LeadReceiver.defaults().receive(null, null))
                .withMessage("body");
    }
}
