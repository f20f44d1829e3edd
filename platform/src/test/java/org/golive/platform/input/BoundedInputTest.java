package org.golive.platform.input;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.golive.platform.web.ContentTypeFilter;
import org.golive.platform.web.ProblemHandling;
import org.golive.platform.web.ProblemSanitizing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What a client can send to a service: every bad value a 400 problem that names the field and no Java type. */
class BoundedInputTest {

    enum Kind { CAPEX, OPEX }

    record Line(@PlainText String name, Kind kind, BigDecimal amount, LocalDate date, Integer percent,
                List<String> tags, Map<String, BigDecimal> byMonth) {
    }

    record Plan(@NotNull @Valid List<Line> lines) {
    }

    @RestController
    static class Lines {

        @PostMapping("/lines")
        Plan take(@Valid @RequestBody Plan plan) {
            return plan;
        }

        @GetMapping("/rates")
        String rate(@RequestParam BigDecimal discountRate) {
            return discountRate.toPlainString();
        }

        @GetMapping("/envelopes/{year}")
        String envelope(@PathVariable @FiscalYear int year) {
            return "FY" + year;
        }
    }

    private final MockMvc mvc = mvc();

    private static MockMvc mvc() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        return MockMvcBuilders.standaloneSetup(new Lines())
                .setControllerAdvice(new ProblemHandling(), new ProblemSanitizing(), new BoundedDecimalParameters())
                .setMessageConverters(new JacksonJsonHttpMessageConverter(RequestJson.mapper()))
                .setValidator(validator)
                .addFilters(new ContentTypeFilter())
                .build();
    }

    @Test
    void aPlainLineIsAccepted() throws Exception {
        MvcResult result = postLines("""
                {"lines":[{"name":"Go-live support","kind":"OPEX","amount":12500.50,"date":"2027-06-05","percent":40,
                "tags":["a","b"],"byMonth":{"2027-06":1.5}}]}""");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            huge exponent          | {"lines":[{"amount":1e999999999}]}                 | lines[0].amount
            tiny exponent          | {"lines":[{"amount":1e-999999999}]}                | lines[0].amount
            too many digits        | {"lines":[{"amount":1234567890123456789012.5}]}    | lines[0].amount
            null in a list         | {"lines":[null]}                                   | lines[0]
            null string in a list  | {"lines":[{"tags":["a",null]}]}                    | lines[0].tags[1]
            null in a map          | {"lines":[{"byMonth":{"2027-06":null}}]}           | lines[0].byMonth.2027-06
            fraction for integer   | {"lines":[{"percent":12.5}]}                       | lines[0].percent
            number for enum        | {"lines":[{"kind":1}]}                             | lines[0].kind
            unknown enum           | {"lines":[{"kind":"CASTLE"}]}                      | lines[0].kind
            year -999999999        | {"lines":[{"date":"-999999999-01-01"}]}            | lines[0].date
            year 0                 | {"lines":[{"date":"0000-01-01"}]}                  | lines[0].date
            year 2300              | {"lines":[{"date":"2300-01-01"}]}                  | lines[0].date
            NUL in text            | {"lines":[{"name":"a\\u0000b"}]}                    | lines[0].name
            escape in a tag        | {"lines":[{"tags":["\\u001b[31m"]}]}               | lines[0].tags[0]
            lone high surrogate    | {"lines":[{"name":"a\\ud800b"}]}                    | lines[0].name
            lone low surrogate     | {"lines":[{"tags":["\\udc00"]}]}                   | lines[0].tags[0]
            control char in a key  | {"lines":[{"byMonth":{"\\u0007":1}}]}              | lines[0].byMonth
            line break in a name   | {"lines":[{"name":"a\\nb"}]}                        | lines[0].name
            """)
    void anUnacceptableValueIsA400NamingTheField(String what, String body, String field) throws Exception {
        MvcResult result = postLines(body);

        assertThat(result.getResponse().getStatus()).as(what).isEqualTo(400);
        String problem = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).as(what).contains("\"" + field);
        assertNoInternals(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate key          | {"lines":[],"lines":[]}
            trailing token         | {"lines":[]} {}
            malformed              | {"lines":[
            number of 100 digits   | {"lines":[{"amount":1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000}]}
            too deep               | [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
            wrong root type        | [1,2]
            """)
    void anUnreadableBodyIsA400WithoutTheParsersWords(String what, String body) throws Exception {
        MvcResult result = postLines(body);

        assertThat(result.getResponse().getStatus()).as(what).isEqualTo(400);
        assertNoInternals(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void invalidUtf8IsA400() throws Exception {
        byte[] body = {'{', '"', 'l', 'i', 'n', 'e', 's', '"', ':', '[', '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"',
            (byte) 0xC3, (byte) 0x28, '"', '}', ']', '}'};
        MvcResult result = mvc.perform(post("/lines").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aJsonBodySentAsAFormIs415() throws Exception {
        MvcResult result = mvc.perform(post("/lines").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("{\"lines\":[]}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(415);
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @CsvSource(delimiter = '|', value = {"*/*", "application/*", "nonsense", "application/", "text/plain"})
    void aBodyOfAnotherOrNoConcreteMediaTypeIs415(String contentType) throws Exception {
        MvcResult result = mvc.perform(post("/lines").header("Content-Type", contentType)
                .content("{\"lines\":[]}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(415);
        assertNoInternals(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "rate={0}")
    @CsvSource({"1e999999999", "1e-999999999", "NaN", "0x10", "'12345678901234567890123'", "0.1234567890123"})
    void aDecimalParameterOutOfBoundsIsRefusedBeforeAnyArithmetic(String rate) {
        assertThatThrownBy(() -> BoundedDecimal.parse(rate))
                .isInstanceOf(OutOfBoundsException.class).hasMessageStartingWith("must");
    }

    @ParameterizedTest(name = "rate={0}")
    @CsvSource({"1e999999999", "'12345678901234567890123'", "NaN"})
    void aDecimalQueryParameterOutOfBoundsIsA400(String rate) throws Exception {
        MvcResult result = mvc.perform(get("/rates").param("discountRate", rate)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertNoInternals(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aDecimalQueryParameterInBoundsReachesTheController() throws Exception {
        MvcResult result = mvc.perform(get("/rates").param("discountRate", "0.08")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("0.08");
    }

    @Test
    void aDecimalParameterInBoundsConverts() {
        assertThat(BoundedDecimal.parse(" 0.08 ")).isEqualByComparingTo("0.08");
        assertThat(BoundedDecimal.parse("1.50000000000000000000")).isEqualByComparingTo("1.5");
    }

    @ParameterizedTest(name = "FY{0}")
    @CsvSource({"-1", "2147483647", "1899", "2200"})
    void aFiscalYearOutsideTheWindowIsA400(String year) throws Exception {
        MvcResult result = mvc.perform(get("/envelopes/" + year)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertNoInternals(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aFiscalYearInsideTheWindowIsAccepted() throws Exception {
        assertThat(mvc.perform(get("/envelopes/2027")).andReturn().getResponse().getContentAsString()).contains("FY2027");
    }

    private MvcResult postLines(String body) throws Exception {
        return mvc.perform(post("/lines").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    static void assertNoInternals(String problem) {
        assertThat(problem).doesNotContainPattern("(?i)java|jackson|spring|tools\\.|BigDecimal|LocalDate|Integer")
                .doesNotContain("\\u0000").hasSizeLessThan(2000);
    }
}
