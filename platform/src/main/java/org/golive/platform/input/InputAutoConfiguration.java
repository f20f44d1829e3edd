package org.golive.platform.input;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * Bounded input for every servlet service: request bodies read by {@link RequestJson}'s strict mapper (it replaces
 * Boot's JSON converter in its place, built with the same customizers, so responses are written as before), and decimals in
 * parameters bounded by {@link BoundedDecimalParameters}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class, before = HttpMessageConvertersAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class InputAutoConfiguration {

    /**
     * Takes the JSON converter's place among the defaults (after Boot's, at order 0, has set its own): a converter
     * bean would go before all of them and write a controller's {@code String} (the OpenAPI document) as JSON text.
     */
    @Bean
    @Order(1)
    ServerHttpMessageConvertersCustomizer requestJsonConverter(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        return converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(RequestJson.mapper(
                builder -> customizers.orderedStream().forEach(customizer -> customizer.customize(builder)))));
    }

    @Bean
    BoundedDecimalParameters boundedDecimalParameters() {
        return new BoundedDecimalParameters();
    }
}
