package org.universo.platformo.artifacts.s3.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.universo.platformo.template.store.ArtifactStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Artifacts as objects {@code <prefix><hash>/<path>}. An artifact counts as present only once its marker object
 * {@code <prefix><hash>/.complete} exists, written after every file, so a half-uploaded artifact is never served.
 * Calls run with this bundle's class loader as context loader: the SDK looks up its resources through it.
 */
@Component(service = ArtifactStore.class, property = ArtifactStore.KIND_PROPERTY + "=s3",
        configurationPid = "org.universo.platformo.artifacts.s3", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = S3Config.class)
public final class S3ArtifactStore implements ArtifactStore {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*(/[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*)*");
    static final String MARKER = ".complete";

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    @Activate
    public S3ArtifactStore(S3Config config) throws IOException {
        this.bucket = config.bucket();
        this.prefix = config.prefix();
        this.s3 = call(() -> client(config));
    }

    @Deactivate
    void deactivate() {
        s3.close();
    }

    @Override
    public boolean exists(String hash) throws IOException {
        String key = key(hash, MARKER);
        return call(() -> {
            try {
                s3.headObject(b -> b.bucket(bucket).key(key));
                return true;
            } catch (NoSuchKeyException e) {
                return false;
            } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
                if (e.statusCode() == 404) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public void put(String hash, Map<String, byte[]> files) throws IOException {
        if (exists(hash)) {
            return;
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String key = key(hash, f.getKey());
            call(() -> s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(f.getValue())));
        }
        String marker = key(hash, MARKER);
        call(() -> s3.putObject(b -> b.bucket(bucket).key(marker), RequestBody.fromString(files.size() + " files")));
    }

    @Override
    public Optional<StoredFile> open(String hash, String path) throws IOException {
        if (!HASH.matcher(hash).matches() || path == null || !PATH.matcher(path).matches() || path.contains("..")
                || !exists(hash)) {
            return Optional.empty();
        }
        String key = key(hash, path);
        return call(() -> {
            try {
                ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key));
                return Optional.of(new StoredFile(in, in.response().contentLength()));
            } catch (NoSuchKeyException e) {
                return Optional.<StoredFile>empty();
            }
        });
    }

    @Override
    public void delete(String hash) throws IOException {
        String root = key(hash, "");
        call(() -> {
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(root)).contents()) {
                s3.deleteObject(b -> b.bucket(bucket).key(o.key()));
            }
            return null;
        });
    }

    private String key(String hash, String path) {
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("Not an artifact hash: " + hash);
        }
        return prefix + hash + "/" + path;
    }

    private static S3Client client(S3Config c) {
        S3ClientBuilder b = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.of(c.region()))
                .forcePathStyle(c.path_style());
        if (!c.endpoint().isBlank()) {
            b.endpointOverride(URI.create(c.endpoint()));
        }
        b.credentialsProvider(c.access_key().isBlank() ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(c.access_key(), c.secret_key())));
        return b.build();
    }

    /** Runs an SDK call with this bundle as context class loader; SDK failures become IOExceptions. */
    private static <T> T call(Callable<T> work) throws IOException {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(S3ArtifactStore.class.getClassLoader());
        try {
            return work.call();
        } catch (SdkException e) {
            throw new IOException("S3: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        } finally {
            t.setContextClassLoader(previous);
        }
    }
}
