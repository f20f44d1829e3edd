package org.golive.platform.input;

import org.golive.platform.web.ProblemHandling;
import org.golive.platform.web.ProblemSanitizing;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A parameter refused by the code that reads it is a 400 problem naming the parameter, as a conversion failure is. */
class RefusedParameterTest {

    @RestController
    static class Pages {

        @GetMapping("/pages")
        String page(@RequestParam(defaultValue = "name") String sort) {
            if (!sort.equals("name")) {
                throw new RefusedParameterException("sort", "must be name");
            }
            return "sorted";
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Pages())
            .setControllerAdvice(new ProblemHandling(), new ProblemSanitizing())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(RequestJson.mapper()))
            .build();

    @Test
    void aRefusedParameterIsA400WhoseErrorsNameItWithTheReason() throws Exception {
        MvcResult result = mvc.perform(get("/pages").param("sort", "colour")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        String problem = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("\"type\":\"https://golive.org/problems/invalid-request\"",
                "\"detail\":\"The parameter 'sort' is not accepted\"", "\"errors\":{\"sort\":\"must be name\"}");
        assertThat(problem).as("the value is not echoed").doesNotContain("colour");
    }

    @Test
    void anAcceptedParameterIsAnswered() throws Exception {
        assertThat(mvc.perform(get("/pages").param("sort", "name")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }
}
